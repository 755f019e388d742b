using System.Collections.ObjectModel;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Matching;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TgKey = Terminal.Gui.Input.Key;

namespace CoMarketing.Tui.Screens.Matches;

/// <summary>
/// The ranked partners of a business over <see cref="MatchesModel"/>: score, band and best reason per row, the selected
/// partner's top reasons below. Enter (or a double click) shows one match in full, <c>e</c> asks for a business name
/// and explains why it is or is not a match, <c>g</c> suggests a group, <c>c</c> starts a campaign with the partner,
/// <c>f</c> shows partners from the federation's other associations.
/// </summary>
public sealed class MatchesView : View, IKeyHints
{
    private const int ReasonLines = 3;
    private readonly AreaContext _area;
    private readonly Label _count;
    private readonly Label _ask;
    private readonly TextField _name;
    private readonly Label _header;
    private readonly Label _message;
    private int _rowsWidth = -1;

    /// <summary>The partners already ranked into <paramref name="model"/>.</summary>
    public MatchesView(AreaContext area, MatchesModel model)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(model);
        _area = area;
        Model = model;
        var texts = Model.Texts;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        _count = new Label { X = 0, Y = 0, Width = Dim.Fill(), Text = Model.Matches.Count == 0 && Model.WeakHidden == 0 ? texts.Get("MatchNone") : Model.CountText };
        _ask = new Label { X = 0, Y = 0, Text = texts.Get("MatchAskName"), Visible = false };
        _name = new TextField { X = Pos.Right(_ask) + 1, Y = 0, Width = Dim.Fill(), Visible = false };
        _header = new Label { X = 0, Y = 1, Width = Dim.Fill(), Text = "" };
        List = new ListView { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill(ReasonLines + 2), KeystrokeNavigator = null };
        List.Accepting += (_, args) =>
        {
            args.Handled = true;
            ShowDetail();
        };
        List.ValueChanged += (_, _) => SetNeedsDraw();
        Why = new TextPage(WhyLines) { X = 0, Y = Pos.AnchorEnd(ReasonLines + 2), Height = ReasonLines + 1 };
        _message = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Text = "" };
        Add(_count, _ask, _name, _header, List, Why, _message);
        FrameChanged += (_, _) => FitRows();
        FitRows();
    }

    public MatchesModel Model { get; }

    /// <summary>
    /// <paramref name="business"/>'s partners, ranked behind a spinner where the association is big (the first ranking
    /// reads every member and builds the matcher; <see cref="LoadingView"/>).
    /// </summary>
    public static View Open(AreaContext area, Business business)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(business);
        var service = area.Service;
        return LoadingView.Open(
            area,
            area.Texts.Format("MatchTitle", business.Name),
            members => area.Texts.Format("LoadingPartners", members.ToString("N0", area.Texts.Culture)),
            () => new MatchesModel(service, business),
            model => new MatchesView(area, model));
    }

    public ListView List { get; }

    /// <summary>The selected partner's top reasons.</summary>
    public TextPage Why { get; }

    /// <summary>The message line (a name not found, a guest asked for a campaign), or empty.</summary>
    public string Message => _message.Text;

    /// <summary>The match on the selected row, if any.</summary>
    public PartnerMatch? Selected => Model.Matches.Count == 0 ? null : Model.Matches[Math.Clamp(List.SelectedItem ?? 0, 0, Model.Matches.Count - 1)];

    /// <summary>True while the name for "why not…" is being typed.</summary>
    public bool IsAsking => _name.Visible;

    public string HintTitle => Model.Title;

    public IReadOnlyList<KeyBinding> HintKeys
    {
        get
        {
            var texts = Model.Texts;
            if (IsAsking)
            {
                return [new("Enter", texts.Get("MatchKeyExplainGo")), new("Esc", texts.Get("MatchKeyCancel"))];
            }

            var keys = new List<KeyBinding>
            {
                new("Enter", texts.Get("MatchKeyDetail")),
                new("e", texts.Get("MatchKeyExplain")),
                new("g", texts.Get("MatchKeyGroup")),
                new("f", texts.Get("MatchKeyFederation")),
            };
            if (Model.CanStartCampaign)
            {
                keys.Add(new KeyBinding("c", texts.Get("MatchKeyCampaign")));
            }

            keys.Add(new KeyBinding("w", texts.Get(Model.ShowsWeak ? "MatchKeyHideWeak" : "MatchKeyShowWeak"), InFooter: false));
            keys.Add(new KeyBinding("↑↓ PgUp/PgDn", texts.KeyMove, InFooter: false));
            return keys;
        }
    }

    /// <summary>Opens the selected match in full.</summary>
    public void ShowDetail()
    {
        if (Selected is { } match)
        {
            _area.Navigation.Open(new MatchDetailView(Model, match));
        }
    }

    /// <summary>Explains the business named <paramref name="name"/>, or says on the message line why it cannot.</summary>
    public void Explain(string name)
    {
        var outcome = Model.Explain(name);
        if (outcome.Explanation is { } explanation)
        {
            StopAsking();
            _area.Navigation.Open(new ExplainView(Model, explanation));
            return;
        }

        _message.Text = outcome.Problem ?? "";
    }

    /// <summary>Starts a campaign with the selected partner (a guest is told to sign in).</summary>
    public void StartCampaign()
    {
        if (Selected is not { } match)
        {
            return;
        }

        if (!Model.CanStartCampaign)
        {
            _message.Text = Model.Texts.Get("MatchCampaignSignIn");
            return;
        }

        _area.Navigation.Open(CampaignScreens.StartWith(_area, Model.CampaignWith(match)));
    }

    protected override bool OnKeyDown(TgKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (IsAsking)
        {
            if (key == TgKey.Esc)
            {
                StopAsking();
                return true;
            }

            if (key == TgKey.Enter)
            {
                Explain(_name.Text);
                return true;
            }

            return false;
        }

        _message.Text = "";
        switch (key.AsRune.Value)
        {
            case 'e':
                _count.Visible = false;
                _ask.Visible = true;
                _name.Visible = true;
                _name.Text = "";
                _name.SetFocus();
                _area.Navigation.Refresh();
                return true;
            case 'g':
                _area.Navigation.Open(new GroupView(_area, new GroupModel(_area.Service, Model.Business)));
                return true;
            case 'c':
                StartCampaign();
                return true;
            case 'f':
                _area.Navigation.Open(new FederationMatchesView(new FederationMatchesModel(_area.Service, Model.Business)));
                return true;
            case 'w' when Model.All.Count > 0:
                Model.ToggleWeak();
                _count.Text = Model.Matches.Count == 0 && Model.WeakHidden == 0 ? Model.Texts.Get("MatchNone") : Model.CountText;
                _rowsWidth = -1;
                FitRows();
                SetNeedsDraw();
                return true;
        }

        if (key == TgKey.Enter)
        {
            ShowDetail();
            return true;
        }

        return false;
    }

    private void StopAsking()
    {
        _ask.Visible = false;
        _name.Visible = false;
        _count.Visible = true;
        List.SetFocus();
        _area.Navigation.Refresh();
    }

    /// <summary>The rows and the column headers laid out for the width now (names and reasons cut at words).</summary>
    private void FitRows()
    {
        var width = Math.Max(Frame.Width, 20) - 1;
        if (width == _rowsWidth)
        {
            return;
        }

        _rowsWidth = width;
        var selected = List.SelectedItem ?? 0;
        _header.Text = Model.Matches.Count == 0 ? "" : Model.Header(width);
        List.SetSource(new ObservableCollection<string>(Model.Matches.Select(match => Model.Row(match, width))));
        if (Model.Matches.Count > 0)
        {
            List.SelectedItem = Math.Clamp(selected, 0, Model.Matches.Count - 1);
        }
    }

    private IReadOnlyList<string> WhyLines(int width)
    {
        if (Selected is not { } match)
        {
            return [];
        }

        var lines = new List<string> { WordFit.Fit(Model.Texts.Format("MatchWhy", match.Partner.Name), width) };
        lines.AddRange(MatchLines.Reasons(match.Reasons, width).Take(ReasonLines));
        return lines;
    }
}
