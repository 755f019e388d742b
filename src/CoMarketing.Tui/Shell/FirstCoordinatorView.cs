using CoMarketing.Tui.Application;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Screens.Account;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TgKey = Terminal.Gui.Input.Key;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// "Sign in as coordinator" from the welcome screen where no coordinator PIN exists yet (after loading the demo): the
/// first person to choose one, typed twice, becomes the coordinator; the store audits the new PIN. Refused once a PIN
/// exists. The rules are <see cref="ClaimCoordinatorModel"/>'s, the same as the Tools menu's "Become the coordinator".
/// </summary>
public sealed class FirstCoordinatorView : View, IKeyHints
{
    private readonly AreaContext _area;
    private readonly TextField _first;
    private readonly TextField _second;
    private readonly Label _problem;

    public FirstCoordinatorView(AreaContext area)
    {
        ArgumentNullException.ThrowIfNull(area);
        _area = area;
        var texts = area.Texts;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        var intro = new Label { X = 1, Y = 1, Width = Dim.Fill(1), Text = texts.Get("ShellFirstCoordinator") };
        var prompt = new Label { X = 1, Y = 3, Text = texts.PinPrompt };
        _first = new TextField { X = 14, Y = 3, Width = 10, Secret = true };
        var again = new Label { X = 1, Y = 4, Text = texts.PinRepeat };
        _second = new TextField { X = 14, Y = 4, Width = 10, Secret = true };
        _problem = new Label { X = 1, Y = 6, Width = Dim.Fill(1), Text = "" };
        Add(intro, prompt, _first, again, _second, _problem);
    }

    public string HintTitle => _area.Texts.MenuSignInCoordinator;

    public IReadOnlyList<KeyBinding> HintKeys => [new("Tab", _area.Texts.KeyNextField), new("Enter", _area.Texts.KeySave), new("Esc", _area.Texts.KeyBack)];

    /// <summary>Checks the two PINs and, when they are a good pair, makes the person the coordinator.</summary>
    public bool TrySave()
    {
        var claim = new ClaimCoordinatorModel(_area.Service) { New = _first.Text, Repeat = _second.Text };
        if (claim.Claim() is null)
        {
            return Refuse(claim.Errors.Values.FirstOrDefault() ?? claim.Message?.Text ?? string.Empty);
        }

        _area.Shell.SignIn(Session.Coordinator);
        _area.Navigation.Home();
        return true;
    }

    protected override bool OnKeyDown(TgKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key != TgKey.Enter)
        {
            return false;
        }

        if (_first.HasFocus)
        {
            _second.SetFocus();
            return true;
        }

        TrySave();
        return true;
    }

    private bool Refuse(string problem)
    {
        _problem.Text = problem;
        _first.Text = "";
        _second.Text = "";
        _first.SetFocus();
        return false;
    }
}
