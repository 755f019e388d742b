using CoMarketing.Tui.Screens.Advice;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TgKey = Terminal.Gui.Input.Key;

namespace CoMarketing.Tui.Screens.Matches;

/// <summary>
/// A group suggestion over <see cref="GroupModel"/>: + and − (or → and ←) change the size, <c>c</c> starts a campaign
/// with the business and its partners (the campaign workspace opens over this view), <c>a</c> opens the channel advice
/// for the group.
/// </summary>
public sealed class GroupView : View, IKeyHints
{
    private readonly AreaContext _area;
    private readonly Label _message;

    public GroupView(AreaContext area, GroupModel model)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(model);
        _area = area;
        Model = model;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        Page = new TextPage(Lines) { Height = Dim.Fill(1) };
        _message = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Text = "" };
        Add(Page, _message);
    }

    public GroupModel Model { get; }

    public TextPage Page { get; }

    public string HintTitle => $"{Model.Title} · {Model.SizeText}";

    public IReadOnlyList<KeyBinding> HintKeys
    {
        get
        {
            var texts = Model.Texts;
            var keys = new List<KeyBinding> { new("+", texts.Get("GroupKeyMore")), new("-", texts.Get("GroupKeyFewer")) };
            if (Model.CanStartCampaign)
            {
                keys.Add(new KeyBinding("c", texts.Get("GroupKeyCampaign")));
            }

            keys.Add(new KeyBinding("a", texts.Get("GroupKeyAdvice")));
            keys.Add(new KeyBinding("→ ←", $"{texts.Get("GroupKeyMore")} / {texts.Get("GroupKeyFewer")}", InFooter: false));
            return keys;
        }
    }

    /// <summary>Starts a campaign with the group (a guest is told to sign in).</summary>
    public void StartCampaign()
    {
        if (Model.Suggestion.Members.Count == 0)
        {
            return;
        }

        if (!Model.CanStartCampaign)
        {
            _message.Text = Model.Texts.Get("MatchCampaignSignIn");
            return;
        }

        _area.Navigation.Open(CampaignScreens.StartWith(_area, Model.CampaignIds));
    }

    protected override bool OnKeyDown(TgKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _message.Text = "";
        var rune = key.AsRune.Value;
        if (rune == 'c')
        {
            StartCampaign();
            return true;
        }

        if (rune == 'a' && Model.Suggestion.Members.Count > 0)
        {
            _area.Navigation.Open(AdviceView.For(_area.Service, Model.CampaignIds));
            return true;
        }

        var step = rune == '+' || key == TgKey.CursorRight ? 1 : rune == '-' || key == TgKey.CursorLeft ? -1 : 0;
        if (step == 0)
        {
            return false;
        }

        if (Model.Resize(step))
        {
            SetNeedsDraw();
            _area.Navigation.Refresh();
        }

        return true;
    }

    private IReadOnlyList<string> Lines(int width)
    {
        var lines = new List<string> { WordFit.Fit(Model.Heading, width), "" };
        if (Model.NoneText is { } none)
        {
            lines.Add(WordFit.Fit(none, width));
        }

        lines.AddRange(Model.MemberLines(width));
        lines.Add("");
        lines.AddRange(Model.ReachLines.Select(line => WordFit.Fit(line, width)));
        return lines;
    }
}
