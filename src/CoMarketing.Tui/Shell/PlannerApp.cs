using CoMarketing.Tui.Screens;
using Terminal.Gui.Drivers;
using Terminal.Gui.Time;

namespace CoMarketing.Tui.Shell;

/// <summary>Runs the planner's main window on the terminal, or renders its first frame once (<c>--once</c>).</summary>
public static class PlannerApp
{
    /// <summary>Runs full-screen until the planner is closed; the terminal is restored whatever happens.</summary>
    public static void Run(PlannerShell shell, Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(shell);
        ArgumentNullException.ThrowIfNull(getVariable);
        if (shell.Kiosk)
        {
            KioskGuards.IgnoreUserConfiguration();
        }

        using var app = Terminal.Gui.App.Application.Create();
        app.Init();
        KioskGuards.RemoveSuspend(app);
        Monochrome.ApplyIfAsked(app, getVariable);
        using var window = new PlannerWindow(shell);
        window.Attach(app);
        using var idle = IdleWatch.Start(app, window);
        using var signals = StopSignals.Register(() => app.Invoke(window.Quit));
        app.Run(window);
    }

    /// <summary>The first frame at <paramref name="width"/>×<paramref name="height"/> as text, drawn without a terminal.</summary>
    public static string RenderOnce(PlannerShell shell, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(shell);
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        using var app = Terminal.Gui.App.Application.Create(new VirtualTimeProvider());
        app.Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(width, height);
        using var window = new PlannerWindow(shell);
        // Begin lays out and draws the first frame, as a real start does (what it draws equals a forced redraw after it).
        var session = app.Begin(window);
        var text = app.Driver.ToString() ?? "";
        if (session is not null)
        {
            app.End(session);
        }

        return text;
    }
}
