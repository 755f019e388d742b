using Terminal.Gui.Input;
using KeyBinding = CoMarketing.Tui.Screens.KeyBinding;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// The window's own keys: F1 help (and <c>?</c> where no view takes it as text), Esc back, F9 the menu; Ctrl+C/Ctrl+Q quit
/// unless it runs as a kiosk.
/// </summary>
public sealed partial class PlannerWindow
{
    /// <summary>The keys the window itself handles, listed in help after the view's own.</summary>
    public IReadOnlyList<KeyBinding> GlobalKeys()
    {
        var texts = Shell.Texts;
        var keys = new List<KeyBinding>
        {
            new("F1", texts.Get("ShellHelp")),
            new("F9/F10", texts.Get("ShellMenu")),
            new("Esc", texts.KeyBack),
            new("?", texts.KeyHelp, InFooter: false),
        };
        if (!Shell.Kiosk)
        {
            keys.Add(new KeyBinding("Ctrl+C/Ctrl+Q", texts.KeyQuit));
        }

        return keys;
    }

    /// <summary>Shows the keys of the view in front and the window's own; any key closes it.</summary>
    public void ShowHelp()
    {
        if (Current is HelpView)
        {
            return;
        }

        var hints = Current as IKeyHints;
        var title = hints?.HintTitle ?? Shell.Texts.AppName;
        var keys = (hints?.HintKeys ?? []).Concat(GlobalKeys()).ToList();
        Open(new HelpView(Shell.Texts, title, keys, Back));
    }

    private void ClosePlanner() => Open(new ClosePlannerView(Shell.Backend.Kiosk, Shell.Texts, Quit));

    protected override bool OnKeyDown(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key == Key.F1)
        {
            ShowHelp();
            return true;
        }

        if (key == Key.F9)
        {
            OpenMenu();
            return true;
        }

        if (!Shell.Kiosk && (key == Key.C.WithCtrl || key == Key.Q.WithCtrl))
        {
            Quit();
            return true;
        }

        return base.OnKeyDown(key);
    }

    protected override bool OnKeyDownNotHandled(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key == Key.Esc)
        {
            Back();
            return true; // never the application's quit: Esc goes back, and on the first view does nothing
        }

        if (key.AsRune.Value == '?')
        {
            ShowHelp(); // only where no view took it: a text field types it
            return true;
        }

        return base.OnKeyDownNotHandled(key);
    }
}
