using CoMarketing.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TgKey = Terminal.Gui.Input.Key;

namespace CoMarketing.Tui.Screens.Overview;

/// <summary>
/// The overview over <see cref="OverviewModel"/>: the association and its figures, the numbered menu, and what is
/// coming up. A notice handed in (e.g. "Signed in: Kahvila Aalto.") shows on the last row until the next key.
/// </summary>
public sealed class OverviewView : View, IKeyHints
{
    private readonly AreaContext _area;
    private readonly Label _notice;

    public OverviewView(AreaContext area, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(area);
        _area = area;
        Model = new OverviewModel(area.Shell);
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        var name = new Label { X = 0, Y = 0, Width = Dim.Fill(), Text = Model.Figures.AssociationName };
        var counts = new Label { X = 0, Y = 1, Width = Dim.Fill(), Text = Model.CountsLine };
        counts.TextFormatter.WordWrap = true;
        Menu = new NumberedMenu(Model.Choices) { X = 0, Y = Pos.Bottom(counts) + 1 };
        Menu.Chosen += (_, position) => Choose(Model.Entries[position].Choice);
        var heading = new Label { X = 0, Y = Pos.Bottom(Menu) + 1, Width = Dim.Fill(), Text = Model.UpcomingHeading };
        var upcoming = new Label { X = 0, Y = Pos.Bottom(heading), Width = Dim.Fill(), Height = Dim.Fill(1), Text = string.Join('\n', Model.UpcomingLines) };
        _notice = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Text = notice ?? "" };
        Add(name, counts, Menu, heading, upcoming, _notice);
    }

    public OverviewModel Model { get; }

    public NumberedMenu Menu { get; }

    /// <summary>The notice on the last row, or empty.</summary>
    public string Notice => _notice.Text;

    public string HintTitle => _area.Texts.OverviewTitle;

    public IReadOnlyList<KeyBinding> HintKeys =>
    [
        new("↑↓", _area.Texts.KeyMove),
        new("Enter", _area.Texts.KeySelect),
        new("1-9", _area.Texts.KeySelect, InFooter: false),
        new("j/k", _area.Texts.KeyMove, InFooter: false),
        new("g/G", _area.Texts.KeyFirstLast, InFooter: false),
    ];

    protected override bool OnKeyDown(TgKey key)
    {
        _notice.Text = "";
        return false;
    }

    private void Choose(OverviewChoice choice)
    {
        switch (choice)
        {
            case OverviewChoice.Businesses:
                _area.Navigation.OpenArea("MenuBusinesses");
                break;
            case OverviewChoice.MyBusiness:
                _area.Navigation.OpenArea("MenuMyBusiness");
                break;
            case OverviewChoice.Campaigns:
                _area.Navigation.OpenArea("MenuCampaigns");
                break;
            case OverviewChoice.SignOut:
                _area.Navigation.Welcome();
                break;
        }
    }

    /// <summary>Its subviews cover it; only the gaps between them are cleared (<see cref="UncoveredClear"/>).</summary>
    protected override bool OnClearingViewport() => UncoveredClear.Gaps(this);
}
