using System.Text;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Kiosk;

/// <summary>
/// A kiosk PIN as typed: 4 to 8 ASCII digits (0–9). Surrounding spaces are ignored.
/// </summary>
/// <remarks>
/// A PIN is a secret: <see cref="ToString"/> never shows its digits, error messages never repeat what was typed, and
/// only <see cref="PinHasher"/> reads the digits (to hash them). It is never stored in clear.
/// </remarks>
public sealed class Pin
{
    /// <summary>The fewest digits a PIN may have.</summary>
    public const int MinimumLength = 4;

    /// <summary>The most digits a PIN may have.</summary>
    public const int MaximumLength = 8;

    private readonly string _digits;

    private Pin(string digits) => _digits = digits;

    /// <summary>Parses a PIN, or throws a <see cref="DomainException"/> saying what is wrong (without the digits).</summary>
    public static Pin Parse(string? text)
        => TryParse(text, out var pin, out var error) ? pin : throw new DomainException(error);

    /// <summary>Parses a PIN; on failure <paramref name="error"/> says what is wrong, without repeating the input.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Pin? pin, out string error)
    {
        pin = null;
        var digits = (text ?? string.Empty).Trim();
        if (digits.Length == 0)
        {
            error = $"Enter a PIN of {MinimumLength}–{MaximumLength} digits.";
            return false;
        }

        if (!digits.All(char.IsAsciiDigit))
        {
            error = "A PIN may contain only the digits 0–9.";
            return false;
        }

        if (digits.Length is < MinimumLength or > MaximumLength)
        {
            error = $"A PIN must be {MinimumLength}–{MaximumLength} digits long; this one has {digits.Length}.";
            return false;
        }

        pin = new Pin(digits);
        error = string.Empty;
        return true;
    }

    /// <summary>
    /// Checks a PIN someone is choosing (sign-up, a reset, a change): well formed as for <see cref="TryParse"/>, and
    /// not trivially weak. Returns null when it may be used.
    /// </summary>
    /// <remarks>
    /// Trivially weak means one digit repeated (<c>1111</c>) or digits that each differ from the previous one by
    /// exactly +1 or exactly −1 (<c>1234</c>, <c>4321</c>, <c>98765</c>); 9 and 0 are not neighbours, so <c>8901</c>
    /// may be used. Sign-in checks only the form (<see cref="TryParse"/>), so a PIN chosen before this rule still works.
    /// </remarks>
    public static PinRejection? CheckNew(string? text)
    {
        var digits = (text ?? string.Empty).Trim();
        if (!TryParse(digits, out _, out _))
        {
            var problem = digits.Length == 0 ? PinProblem.Empty
                : !digits.All(char.IsAsciiDigit) ? PinProblem.NotDigits
                : PinProblem.WrongLength;
            return new PinRejection(problem, digits.Length);
        }

        if (digits.All(d => d == digits[0]))
        {
            return new PinRejection(PinProblem.RepeatedDigit, digits.Length);
        }

        var step = digits[1] - digits[0];
        var counting = step is 1 or -1 && Enumerable.Range(1, digits.Length - 1).All(i => digits[i] - digits[i - 1] == step);
        return counting ? new PinRejection(PinProblem.Sequence, digits.Length) : null;
    }

    /// <summary>Parses a PIN someone is choosing; refuses a malformed or trivially weak one (<see cref="CheckNew"/>) in English.</summary>
    /// <exception cref="DomainException">What is wrong, without the digits.</exception>
    public static Pin ParseNew(string? text)
        => CheckNew(text) is { } rejection ? throw new DomainException(rejection.Message(Association.Language.English)) : Parse(text);

    /// <summary>Hides the digits, so a PIN written to a log or a message shows nothing.</summary>
    public override string ToString() => "****";

    /// <summary>The digits as ASCII bytes, for hashing only; the caller clears the array when done.</summary>
    internal byte[] ToBytes() => Encoding.ASCII.GetBytes(_digits);
}
