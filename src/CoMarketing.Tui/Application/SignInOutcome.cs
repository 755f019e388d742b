namespace CoMarketing.Tui.Application;

/// <summary>How a sign-in attempt ended.</summary>
public enum SignInOutcome
{
    Success = 0,
    WrongPin = 1,

    /// <summary>Too many wrong PINs: the account is locked until <see cref="SignInResult.RetryAt"/>.</summary>
    Locked = 2,

    /// <summary>The previous failure asks for a pause; try again at <see cref="SignInResult.RetryAt"/>.</summary>
    TooSoon = 3,

    /// <summary>No PIN has been set for this account yet.</summary>
    NoPin = 4,
}
