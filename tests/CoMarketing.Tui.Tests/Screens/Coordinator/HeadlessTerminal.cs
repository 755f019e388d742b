using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace CoMarketing.Tui.Tests.Screens.Coordinator;

/// <summary>
/// A Terminal.Gui 2.5.0 application on the ANSI driver with no real terminal behind it and virtual time, for
/// driving one view with keys and reading the screen as text.
/// </summary>
internal sealed class HeadlessTerminal : IDisposable
{
    private SessionToken? _session;

    public HeadlessTerminal(int width = 80, int height = 24)
    {
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        Time = new VirtualTimeProvider();
        App = Terminal.Gui.App.Application.Create(Time);
        App.Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
    }

    public IApplication App { get; }

    public VirtualTimeProvider Time { get; }

    /// <summary>The screen as text, one line per row.</summary>
    public string Screen => App.Driver!.ToString() ?? string.Empty;

    public HeadlessTerminal Show(IRunnable view)
    {
        _session = App.Begin(view);
        App.LayoutAndDraw(true);
        return this;
    }

    public HeadlessTerminal Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            App.InjectKey(key);
        }

        App.LayoutAndDraw(true);
        return this;
    }

    public HeadlessTerminal Type(string text)
    {
        foreach (var c in text)
        {
            App.InjectKey(new Key(c));
        }

        App.LayoutAndDraw(true);
        return this;
    }

    /// <summary>Moves virtual time on and runs the timers (and work posted back with <c>Invoke</c>) that are due.</summary>
    public HeadlessTerminal Advance(TimeSpan by)
    {
        Time.Advance(by);
        App.TimedEvents?.RunTimers();
        App.LayoutAndDraw(true);
        return this;
    }

    public void Dispose()
    {
        if (_session is not null)
        {
            App.End(_session);
        }

        App.Dispose();
    }
}
