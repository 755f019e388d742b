using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Shell;
using CoMarketing.Tui.Tests.Application;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace CoMarketing.Tui.Tests.Shell;

/// <summary>
/// The planner's main window in a headless Terminal.Gui application (ANSI driver without terminal I/O, virtual time),
/// as the recipe: keys injected, the screen read back as text.
/// </summary>
internal sealed class Headless : IDisposable
{
    private readonly SessionToken? _session;

    public Headless(InMemoryPlannerBackend? backend = null, bool kiosk = true, int width = 80, int height = 24, TuiTexts? texts = null, int backgroundLoadFrom = 5_000)
    {
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        Time = new VirtualTimeProvider();
        Time.SetTime(new DateTime(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc));
        Backend = backend ?? InMemoryPlannerBackend.Demo(new VirtualClock(Time));
        App = Terminal.Gui.App.Application.Create(Time);
        App.Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
        KioskGuards.RemoveSuspend(App);
        Shell = new PlannerShell(Backend, Backend.Clock, texts ?? TuiTexts.English, kiosk) { BackgroundLoadFrom = backgroundLoadFrom };
        Window = new PlannerWindow(Shell);
        Window.Attach(App);
        Idle = IdleWatch.Start(App, Window);
        _session = App.Begin(Window);
    }

    public VirtualTimeProvider Time { get; }

    public InMemoryPlannerBackend Backend { get; }

    public IApplication App { get; }

    public PlannerShell Shell { get; }

    public PlannerWindow Window { get; }

    public IdleWatch Idle { get; }

    public string Screen
    {
        get
        {
            App.LayoutAndDraw(true);
            return App.Driver!.ToString() ?? "";
        }
    }

    public Headless Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            App.InjectKey(key);
        }

        return this;
    }

    public Headless Type(string text)
    {
        foreach (var character in text)
        {
            App.InjectKey(new Key(character));
        }

        return this;
    }

    public void Resize(int width, int height) => App.Driver!.SetScreenSize(width, height);

    public void Advance(TimeSpan by)
    {
        Time.Advance(by);
        App.TimedEvents!.RunTimers();
    }

    public void Dispose()
    {
        Idle.Dispose();
        if (_session is not null)
        {
            App.End(_session);
        }

        Window.Dispose();
        App.Dispose();
    }
}
