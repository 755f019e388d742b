using Terminal.Gui.App;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// The kiosk's return to the welcome screen: after the association's idle time without a key it keeps every open
/// form's unsaved input as a draft, signs out and shows the welcome screen. <see cref="Warning"/> before that a
/// countdown shows; any key then only continues (it does nothing else).
/// </summary>
public sealed class IdleWatch : IDisposable
{
    /// <summary>How long before the return the countdown shows.</summary>
    public static readonly TimeSpan Warning = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private readonly IApplication _app;
    private readonly PlannerWindow _window;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _timeout;
    private readonly object? _timer;
    private DateTimeOffset _lastActivity;
    private bool _disposed;

    private IdleWatch(IApplication app, PlannerWindow window, TimeSpan timeout)
    {
        _app = app;
        _window = window;
        _clock = window.Shell.Clock;
        _timeout = timeout;
        _lastActivity = _clock.GetUtcNow();
        _app.Keyboard.KeyDown += OnKey;
        _app.Mouse.MouseEvent += OnMouse;
        _timer = _app.AddTimeout(Tick, OnTick);
    }

    /// <summary>True while the countdown shows.</summary>
    public bool IsWarning { get; private set; }

    /// <summary>Watches <paramref name="app"/>'s keys for the association's idle time.</summary>
    public static IdleWatch Start(IApplication app, PlannerWindow window)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(window);
        return new IdleWatch(app, window, window.Shell.IdleTimeout);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _app.Keyboard.KeyDown -= OnKey;
        _app.Mouse.MouseEvent -= OnMouse;
        if (_timer is not null)
        {
            _app.RemoveTimeout(_timer);
        }
    }

    /// <summary>Checks the time now (the timer does this every second).</summary>
    public void Check()
    {
        var idle = _clock.GetUtcNow() - _lastActivity;
        if (idle >= _timeout)
        {
            Continue();
            _window.ReturnToWelcomeKeepingDrafts();
            return;
        }

        if (idle >= _timeout - Warning)
        {
            IsWarning = true;
            var seconds = (int)Math.Ceiling((_timeout - idle).TotalSeconds);
            _window.SetNotice(_window.Shell.Texts.Format("ShellIdleWarning", seconds));
        }
    }

    private bool OnTick()
    {
        Check();
        return !_disposed;
    }

    private void OnKey(object? sender, Key key)
    {
        var wasWarning = IsWarning;
        Continue();
        if (wasWarning)
        {
            key.Handled = true; // the key only keeps the session; it must not also act on the form
        }
    }

    private void OnMouse(object? sender, EventArgs args) => Continue();

    private void Continue()
    {
        _lastActivity = _clock.GetUtcNow();
        if (IsWarning)
        {
            IsWarning = false;
            _window.SetNotice(null);
        }
    }
}
