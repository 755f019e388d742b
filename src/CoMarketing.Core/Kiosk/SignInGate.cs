namespace CoMarketing.Core.Kiosk;

/// <summary>Whether an account may try a PIN now.</summary>
public enum SignInGate
{
    /// <summary>A PIN may be checked now.</summary>
    Open = 0,

    /// <summary>A recent wrong PIN asks for a pause; no PIN is checked until it ends.</summary>
    Paused = 1,

    /// <summary>Too many wrong PINs in a row: the account is locked.</summary>
    Locked = 2,
}
