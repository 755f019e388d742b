namespace CoMarketing.Tui.Application;

/// <summary>A kiosk account as the coordinator sees it: whether a PIN is set, wrong PINs in a row and any lock.</summary>
public sealed record KioskAccountState(bool HasPin, int Failures, DateTimeOffset? LockedUntil)
{
    /// <summary>True while the lock is in force at <paramref name="now"/>.</summary>
    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
