namespace CoMarketing.Core.Kiosk;

/// <summary>
/// The wrong-PIN policy: wrong PINs slow down exponentially and several in a row lock the account for a while.
/// Pure: it only reads the injected clock and the <see cref="SignInAttempts"/> it is given.
/// </summary>
/// <remarks>
/// After the n-th wrong PIN in a row (n below <see cref="SignInThrottleOptions.MaxFailures"/>) no PIN is checked
/// for <c>FirstPause · 2^(n−1)</c> (capped at the lock duration); the <c>MaxFailures</c>-th locks the account for
/// <see cref="SignInThrottleOptions.LockDuration"/>. When a lock has run out, or nothing went wrong for
/// <see cref="SignInThrottleOptions.ForgetAfter"/>, the count starts again from zero. A success resets it
/// (<see cref="SignInAttempts.None"/>).
/// </remarks>
public sealed class SignInThrottle
{
    private readonly TimeProvider _clock;

    public SignInThrottle(SignInThrottleOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        Options = options;
        _clock = clock;
    }

    public SignInThrottleOptions Options { get; }

    /// <summary>
    /// How long no PIN is checked after <paramref name="failures"/> wrong PINs in a row: zero for none, then
    /// doubling from the first pause, and the lock duration from <see cref="SignInThrottleOptions.MaxFailures"/> on.
    /// Never decreases as <paramref name="failures"/> grows.
    /// </summary>
    public TimeSpan PauseAfter(int failures)
    {
        if (failures <= 0)
        {
            return TimeSpan.Zero;
        }

        if (failures >= Options.MaxFailures)
        {
            return Options.LockDuration;
        }

        var pause = Options.FirstPause;
        for (var i = 1; i < failures && pause < Options.LockDuration; i++)
        {
            pause += pause;
        }

        return pause < Options.LockDuration ? pause : Options.LockDuration;
    }

    /// <summary>Whether the account may try a PIN now, and if not, from when.</summary>
    public SignInCheck Check(SignInAttempts attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        var now = _clock.GetUtcNow();
        if (attempts.LockedUntil is { } lockedUntil && now < lockedUntil)
        {
            return new SignInCheck(SignInGate.Locked, lockedUntil, 0);
        }

        var failures = CountingFailures(attempts, now);
        var left = Math.Max(Options.MaxFailures - failures, 0);
        if (failures > 0 && attempts.LastFailureAt is { } last && now < last + PauseAfter(failures))
        {
            return new SignInCheck(SignInGate.Paused, last + PauseAfter(failures), left);
        }

        return new SignInCheck(SignInGate.Open, null, left);
    }

    /// <summary>The attempts after one more wrong PIN now: counted, timed, and locked when it is one too many.</summary>
    public SignInAttempts AfterFailure(SignInAttempts attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        var now = _clock.GetUtcNow();
        var failures = CountingFailures(attempts, now) + 1;
        DateTimeOffset? lockedUntil = failures >= Options.MaxFailures ? now + Options.LockDuration : null;
        return new SignInAttempts(failures, now, lockedUntil);
    }

    /// <summary>Wrong PINs that still count now: none once a lock has run out or after a long enough quiet spell.</summary>
    private int CountingFailures(SignInAttempts attempts, DateTimeOffset now)
    {
        if (attempts.LockedUntil is { } lockedUntil && now >= lockedUntil)
        {
            return 0;
        }

        if (attempts.LockedUntil is null && attempts.LastFailureAt is { } last && now - last >= Options.ForgetAfter)
        {
            return 0;
        }

        return attempts.Failures;
    }
}
