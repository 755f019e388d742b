using Terminal.Gui.App;
using Terminal.Gui.Configuration;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// What keeps Terminal.Gui from stopping or reconfiguring the planner behind its back: no Ctrl+Z suspend, and in a kiosk
/// no user configuration file (<c>~/.tui/config.json</c>, <c>./.tui/config.json</c>, <c>TUI_CONFIG</c>).
/// </summary>
public static class KioskGuards
{
    private const string LibraryDefaults = "Terminal.Gui.Resources.config.json";

    /// <summary>
    /// Before the application is created: a kiosk keeps none of the configuration a passer-by could have left. Terminal.Gui
    /// 2.5.0 reads the user files while its module loads (before <c>Main</c>), so the library's own defaults are laid
    /// over them as the runtime configuration, which takes precedence over every file and <c>TUI_CONFIG</c>.
    /// </summary>
    public static void IgnoreUserConfiguration()
    {
        Environment.SetEnvironmentVariable("TUI_CONFIG", null);
        using var stream = typeof(MenuBar).Assembly.GetManifestResourceStream(LibraryDefaults);
        if (stream is null)
        {
            return;
        }

        using var reader = new StreamReader(stream);
        var shared = TuiConfigurationBuilder.Shared;
        shared.RuntimeConfig = reader.ReadToEnd();
        shared.Reload();
        shared.ApplyToStaticFacades();
    }

    /// <summary>After <c>Init</c>: removes every application key bound to <see cref="Command.Suspend"/> (Ctrl+Z).</summary>
    public static void RemoveSuspend(IApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var bindings = app.Keyboard.KeyBindings;
        foreach (var key in bindings.GetBindings().Where(pair => pair.Value.Commands.Contains(Command.Suspend)).Select(pair => pair.Key).ToList())
        {
            bindings.Remove(key);
        }
    }

    /// <summary>True when any key of the application still suspends it.</summary>
    public static bool CanSuspend(IApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Keyboard.KeyBindings.GetBindings().Any(pair => pair.Value.Commands.Contains(Command.Suspend));
    }
}
