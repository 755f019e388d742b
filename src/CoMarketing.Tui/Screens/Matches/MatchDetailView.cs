using CoMarketing.Core.Businesses;
using CoMarketing.Core.Matching;
using CoMarketing.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Screens.Matches;

/// <summary>One match in full: the score and its band, every score component as a bar, the new reach and all reasons.</summary>
public sealed class MatchDetailView : View, IKeyHints
{
    private readonly MatchesModel _model;

    public MatchDetailView(MatchesModel model, PartnerMatch match)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(match);
        _model = model;
        Match = match;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        Page = new TextPage(Lines);
        Add(Page);
    }

    public PartnerMatch Match { get; }

    public TextPage Page { get; }

    public Business Business => _model.Business;

    public string HintTitle => $"{_model.Business.Name} + {Match.Partner.Name}";

    public IReadOnlyList<KeyBinding> HintKeys => [new("Esc", _model.Texts.KeyBack)];

    private IReadOnlyList<string> Lines(int width)
    {
        var texts = _model.Texts;
        var lines = new List<string>
        {
            WordFit.Fit($"{texts.Format("MatchScoreLine", _model.Score(Match.Score), Match.NewReach.ToString("N0", texts.Culture))} · {_model.Band(Match.Band)}", width),
            "",
        };
        lines.AddRange(MatchLines.Components(Match.Components, texts, width));
        lines.Add("");
        lines.Add(texts.Get("MatchReasons"));
        lines.AddRange(MatchLines.Reasons(Match.Reasons, width));
        return lines;
    }
}
