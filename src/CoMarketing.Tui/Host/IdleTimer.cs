namespace CoMarketing.Tui.Host;

/// <summary>
/// Tells when nobody has pressed a key for <see cref="Timeout"/> (the kiosk's return to the welcome screen). Fires once
/// per idle period, driven by the injected clock.
/// </summary>
public sealed class IdleTimer
{
    private readonly TimeProvider _time;
    private DateTimeOffset _lastActivity;
    private bool _fired;

    public IdleTimer(TimeProvider time, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _time = time;
        Timeout = timeout;
        _lastActivity = time.GetUtcNow();
    }

    public TimeSpan Timeout { get; }

    public bool IsDue => !_fired && _time.GetUtcNow() - _lastActivity >= Timeout;

    /// <summary>How long until <see cref="IsDue"/>; infinite once fired until the next activity.</summary>
    public TimeSpan Remaining =>
        _fired ? System.Threading.Timeout.InfiniteTimeSpan : TimeSpan.FromTicks(Math.Max((Timeout - (_time.GetUtcNow() - _lastActivity)).Ticks, 0));

    /// <summary>A key was pressed: the idle period starts again.</summary>
    public void Touch()
    {
        _lastActivity = _time.GetUtcNow();
        _fired = false;
    }

    /// <summary>The idle action ran; do not run it again until after the next key.</summary>
    public void MarkFired() => _fired = true;
}
