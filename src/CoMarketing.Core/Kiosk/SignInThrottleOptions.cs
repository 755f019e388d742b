namespace CoMarketing.Core.Kiosk;

/// <summary>
/// The numbers of the wrong-PIN policy. <see cref="Default"/>: a 1 s pause after the first wrong PIN, doubling
/// after each further one (1, 2, 4, 8 s), a 15-minute lock after 5 wrong PINs in a row, and wrong PINs forgotten
/// after 15 quiet minutes.
/// </summary>
public sealed record SignInThrottleOptions
{
    public SignInThrottleOptions(TimeSpan firstPause, int maxFailures, TimeSpan lockDuration, TimeSpan forgetAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstPause, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFailures, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(lockDuration, firstPause);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lockDuration, TimeSpan.FromDays(365));
        ArgumentOutOfRangeException.ThrowIfLessThan(forgetAfter, TimeSpan.Zero);
        FirstPause = firstPause;
        MaxFailures = maxFailures;
        LockDuration = lockDuration;
        ForgetAfter = forgetAfter;
    }

    /// <summary>The kiosk's policy: 1 s first pause, 5 wrong PINs lock for 15 minutes, forgotten after 15 minutes.</summary>
    public static SignInThrottleOptions Default { get; } = new(TimeSpan.FromSeconds(1), 5, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));

    /// <summary>The pause after the first wrong PIN; each further wrong PIN doubles it.</summary>
    public TimeSpan FirstPause { get; }

    /// <summary>Wrong PINs in a row that lock the account.</summary>
    public int MaxFailures { get; }

    /// <summary>How long a lock lasts; pauses never grow beyond it.</summary>
    public TimeSpan LockDuration { get; }

    /// <summary>After this long without a wrong PIN (and no lock in force) the count starts again from zero.</summary>
    public TimeSpan ForgetAfter { get; }
}
