namespace CoMarketing.Core.Kiosk;

/// <summary>Why a PIN someone chooses (at sign-up, a reset or a change) is refused.</summary>
public enum PinProblem
{
    /// <summary>Nothing is wrong: the PIN may be used.</summary>
    None = 0,

    /// <summary>Nothing was typed.</summary>
    Empty = 1,

    /// <summary>Something other than the ASCII digits 0–9.</summary>
    NotDigits = 2,

    /// <summary>Fewer than <see cref="Pin.MinimumLength"/> or more than <see cref="Pin.MaximumLength"/> digits.</summary>
    WrongLength = 3,

    /// <summary>One digit repeated (1111, 00000): among the first guesses anyone tries.</summary>
    RepeatedDigit = 4,

    /// <summary>Digits counting up or down by one (1234, 4321, 98765): as easy to guess as a repeated digit.</summary>
    Sequence = 5,
}
