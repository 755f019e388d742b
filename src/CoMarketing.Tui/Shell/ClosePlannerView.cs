using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TgKey = Terminal.Gui.Input.Key;

namespace CoMarketing.Tui.Shell;

/// <summary>The kiosk's only way out: the coordinator types the coordinator PIN, and only then the planner closes.</summary>
public sealed class ClosePlannerView : View, IKeyHints
{
    private readonly IKioskAccounts _accounts;
    private readonly TuiTexts _texts;
    private readonly Action _quit;
    private readonly TextField _pin;
    private readonly Label _message;

    public ClosePlannerView(IKioskAccounts accounts, TuiTexts texts, Action quit)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(quit);
        _accounts = accounts;
        _texts = texts;
        _quit = quit;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        var prompt = new Label { X = 1, Y = 1, Text = texts.Get("ShellClosePrompt") };
        _pin = new TextField { X = 1, Y = 3, Width = 10, Secret = true };
        _message = new Label { X = 1, Y = 5, Width = Dim.Fill(), Text = "" };
        Add(prompt, _pin, _message);
    }

    public string HintTitle => _texts.Get("ShellClosePlanner");

    public IReadOnlyList<KeyBinding> HintKeys => [new("Enter", _texts.Get("ShellClosePlanner")), new("Esc", _texts.KeyCancel)];

    protected override bool OnKeyDown(TgKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key != TgKey.Enter)
        {
            return false;
        }

        var result = _accounts.SignInCoordinator(_pin.Text);
        _pin.Text = "";
        if (result.Succeeded)
        {
            _quit();
        }
        else
        {
            _message.Text = _texts.Get("ShellCloseRefused");
        }

        return true;
    }
}
