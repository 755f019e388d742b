using CoMarketing.Core.Matching;
using CoMarketing.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Screens.Matches;

/// <summary>Why a named business is or is not a match: the exclusions in words, then the score, its band and parts.</summary>
public sealed class ExplainView : View, IKeyHints
{
    private readonly MatchesModel _model;

    public ExplainView(MatchesModel model, MatchExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(explanation);
        _model = model;
        Explanation = explanation;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        Page = new TextPage(Lines);
        Add(Page);
    }

    public MatchExplanation Explanation { get; }

    public TextPage Page { get; }

    public string HintTitle =>
        $"{_model.Texts.Format("MatchExplainTitle", Explanation.Business.Name, Explanation.Candidate.Name)} · {_model.Texts.Get(Explanation.IsMatch ? "MatchIsMatch" : "MatchExcluded")}";

    public IReadOnlyList<KeyBinding> HintKeys => [new("Esc", _model.Texts.KeyBack)];

    private IReadOnlyList<string> Lines(int width)
    {
        var texts = _model.Texts;
        var lines = new List<string>();
        if (Explanation.IsMatch)
        {
            lines.Add(WordFit.Fit(texts.Format("MatchExplainYes", Explanation.Candidate.Name, _model.Band(Explanation.Band)), width));
        }
        else
        {
            lines.Add(WordFit.Fit(texts.Format("MatchExplainNo", Explanation.Candidate.Name), width));
            lines.AddRange(MatchLines.Reasons(Explanation.Failures, width));
        }

        lines.Add("");
        lines.Add(WordFit.Fit(texts.Format("MatchScoreLine", _model.Score(Explanation.Score), Explanation.NewReach.ToString("N0", texts.Culture)), width));
        lines.AddRange(MatchLines.Components(Explanation.Components, texts, width));
        if (Explanation.Reasons.Count > 0)
        {
            lines.Add("");
            lines.Add(texts.Get("MatchReasons"));
            lines.AddRange(MatchLines.Reasons(Explanation.Reasons, width));
        }

        return lines;
    }
}
