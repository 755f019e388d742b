namespace CoMarketing.Core.Kiosk;

/// <summary>
/// What is remembered about an account's recent wrong PINs: how many in a row, when the last one was, and until
/// when the account is locked (null when it is not).
/// </summary>
public sealed record SignInAttempts
{
    public SignInAttempts(int failures, DateTimeOffset? lastFailureAt, DateTimeOffset? lockedUntil)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(failures);
        Failures = failures;
        LastFailureAt = lastFailureAt;
        LockedUntil = lockedUntil;
    }

    /// <summary>No wrong PINs: a fresh account, or one just signed into.</summary>
    public static SignInAttempts None { get; } = new(0, null, null);

    /// <summary>Wrong PINs in a row since the last success, lock or reset.</summary>
    public int Failures { get; }

    public DateTimeOffset? LastFailureAt { get; }

    public DateTimeOffset? LockedUntil { get; }
}
