using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Time;
using Terminal.Gui.Views;
using TgApplication = Terminal.Gui.App.Application;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

/// <summary>A Terminal.Gui application with the ANSI driver and no real terminal, running one window at a fixed size.</summary>
internal sealed class HeadlessApp : IDisposable
{
    private readonly SessionToken? _session;

    public HeadlessApp(Runnable window, int width = 100, int height = 30)
    {
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        App = TgApplication.Create(new VirtualTimeProvider());
        App.Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
        _session = App.Begin(window);
        App.LayoutAndDraw(true);
    }

    public IApplication App { get; }

    /// <summary>Lays out, draws and returns the screen's text.</summary>
    public string Screen()
    {
        App.LayoutAndDraw(true);
        return App.Driver!.ToString() ?? string.Empty;
    }

    public void Dispose()
    {
        if (_session is not null)
        {
            App.End(_session);
        }

        (App as IDisposable)?.Dispose();
    }
}
