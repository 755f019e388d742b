using CoMarketing.Core.Common;

namespace CoMarketing.Core.References;

/// <summary>
/// A Finnish national creditor reference (<i>viitenumero</i>): 3–19 base digits followed by a check digit,
/// 4–20 digits in all.
/// </summary>
/// <remarks>
/// The check digit weights the base digits 7, 3, 1, 7, 3, 1, … from the right; it is
/// <c>(10 − sum mod 10) mod 10</c>. Base <c>123456</c> gives <c>1234561</c>.
/// </remarks>
public readonly record struct FinnishReference
{
    private FinnishReference(string value) => Value = value;

    /// <summary>The reference digits, check digit last, without spaces.</summary>
    public string Value { get; }

    public override string ToString() => Value;

    /// <summary>Appends the 7-3-1 check digit to <paramref name="baseDigits"/> (3–19 digits, not all zeros).</summary>
    public static FinnishReference FromBase(string baseDigits)
    {
        ArgumentNullException.ThrowIfNull(baseDigits);
        if (baseDigits.Length is < 3 or > 19 || !baseDigits.All(char.IsAsciiDigit))
        {
            throw DomainException.Of("ReferenceBaseDigits", baseDigits);
        }

        if (baseDigits.All(c => c == '0'))
        {
            throw DomainException.Of("ReferenceBaseZeros");
        }

        return new FinnishReference(baseDigits + CheckDigit(baseDigits));
    }

    /// <summary>True when <paramref name="text"/> (spaces allowed) is 4–20 digits whose last digit is the 7-3-1 check digit of the rest.</summary>
    public static bool IsValid(string? text)
    {
        var digits = text?.Replace(" ", string.Empty, StringComparison.Ordinal) ?? string.Empty;
        if (digits.Length is < 4 or > 20 || !digits.All(char.IsAsciiDigit) || digits.TrimStart('0').Length < 2)
        {
            return false;
        }

        return CheckDigit(digits[..^1]) == digits[^1];
    }

    /// <summary>The 7-3-1 check digit of <paramref name="baseDigits"/>.</summary>
    public static char CheckDigit(string baseDigits)
    {
        ArgumentNullException.ThrowIfNull(baseDigits);
        int[] weights = [7, 3, 1];
        var sum = 0;
        for (var i = 0; i < baseDigits.Length; i++)
        {
            sum += (baseDigits[baseDigits.Length - 1 - i] - '0') * weights[i % 3];
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
