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

    /// <summary>Hides the digits, so a PIN written to a log or a message shows nothing.</summary>
    public override string ToString() => "****";

    /// <summary>The digits as ASCII bytes, for hashing only; the caller clears the array when done.</summary>
    internal byte[] ToBytes() => Encoding.ASCII.GetBytes(_digits);
}
