namespace CoMarketing.Core.Kiosk;

/// <summary>
/// The throttle's answer for an account: <see cref="Gate"/>, when the next attempt is allowed (null when now), and
/// how many wrong PINs remain before a lock.
/// </summary>
public sealed record SignInCheck(SignInGate Gate, DateTimeOffset? RetryAt, int AttemptsLeft)
{
    public bool IsOpen => Gate == SignInGate.Open;
}
