namespace CoMarketing.Tui.Application;

/// <summary>The outcome of a sign-in attempt, with when the next attempt is allowed and how many remain before a lock.</summary>
public sealed record SignInResult(SignInOutcome Outcome, DateTimeOffset? RetryAt = null, int? AttemptsLeft = null)
{
    public bool Succeeded => Outcome == SignInOutcome.Success;
}
