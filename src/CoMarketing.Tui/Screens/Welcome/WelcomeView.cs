using CoMarketing.Tui.Screens.SignIn;
using CoMarketing.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Welcome;

/// <summary>The welcome (kiosk) screen over <see cref="WelcomeModel"/>: the intro line and the numbered menu.</summary>
public sealed class WelcomeView : View, IKeyHints
{
    private readonly AreaContext _area;
    private readonly Label _problem;

    public WelcomeView(AreaContext area)
    {
        ArgumentNullException.ThrowIfNull(area);
        _area = area;
        Model = new WelcomeModel(area.Shell);
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        var intro = new Label { X = 0, Y = 0, Width = Dim.Fill(), Text = Model.Intro };
        Menu = new NumberedMenu(Model.Choices) { X = 0, Y = 2 };
        Menu.Chosen += (_, position) => Choose(Model.Entries[position].Choice);
        _problem = new Label { X = 0, Y = Pos.Bottom(Menu) + 1, Width = Dim.Fill(), Text = "" };
        Add(intro, Menu, _problem);
    }

    public WelcomeModel Model { get; }

    public NumberedMenu Menu { get; }

    /// <summary>Why the last choice could not be done (loading the demo refused), or empty.</summary>
    public string Problem => _problem.Text;

    public string HintTitle => Model.AssociationName;

    public IReadOnlyList<KeyBinding> HintKeys =>
    [
        new("↑↓", _area.Texts.KeyMove),
        new("Enter", _area.Texts.KeySelect),
        new("1-9", _area.Texts.KeySelect, InFooter: false),
        new("j/k", _area.Texts.KeyMove, InFooter: false),
        new("g/G", _area.Texts.KeyFirstLast, InFooter: false),
    ];

    private void Choose(WelcomeChoice choice)
    {
        var navigation = _area.Navigation;
        var shell = _area.Shell;
        switch (choice)
        {
            case WelcomeChoice.LoadDemo:
                if (Model.LoadDemo() is { } problem)
                {
                    _problem.Text = problem;
                    return;
                }

                navigation.Home();
                break;
            case WelcomeChoice.CreateAssociation:
                navigation.Open(new CreateAssociationView(_area));
                break;
            case WelcomeChoice.SignInMember:
                navigation.Open(PickBusinessView.Open(_area));
                break;
            case WelcomeChoice.SignInCoordinator:
                navigation.Open(new PinView(_area, PinModel.ForCoordinator(shell)));
                break;
            case WelcomeChoice.BecomeCoordinator:
                navigation.OpenArea("ShellFirstCoordinatorTitle");
                break;
            case WelcomeChoice.Guest:
                Model.BrowseAsGuest();
                navigation.Home();
                break;
            case WelcomeChoice.Register:
                navigation.OpenArea("MenuRegister");
                break;
            case WelcomeChoice.Quit:
                navigation.Quit();
                break;
        }
    }

    /// <summary>Its subviews cover it; only the gaps between them are cleared (<see cref="UncoveredClear"/>).</summary>
    protected override bool OnClearingViewport() => UncoveredClear.Gaps(this);
}
