using System.Numerics;
using System.Globalization;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Finance;

/// <summary>An international bank account number (IBAN, ISO 13616), stored without spaces in upper case.</summary>
/// <remarks>
/// Valid when it is a two-letter country code, two check digits and 11–30 letters or digits, and, moved the first
/// four characters to the end and letters replaced by numbers (A = 10 … Z = 35), the number is 1 mod 97.
/// A Finnish IBAN (<c>FI</c>) is exactly 18 characters, e.g. <c>FI21 1234 5600 0007 85</c>.
/// </remarks>
public readonly record struct Iban
{
    private Iban(string value) => Value = value;

    /// <summary>The electronic form: no spaces, upper case.</summary>
    public string Value { get; }

    public override string ToString() => Value;

    /// <summary>The paper form in groups of four: <c>FI21 1234 5600 0007 85</c>.</summary>
    public string Grouped => string.Join(' ', Value.Chunk(4).Select(c => new string(c)));

    public static Iban Parse(string? text) => Read(text, out var iban) is { } problem ? throw new DomainException(problem) : iban;

    public static bool TryParse(string? text, out Iban iban, out string error)
        => DomainProblem.IsNone(Read(text, out iban), out error);

    private static DomainProblem? Read(string? text, out Iban iban)
    {
        iban = default;
        var s = (text ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (s.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(s[0]) || !char.IsAsciiLetterUpper(s[1])
            || !char.IsAsciiDigit(s[2]) || !char.IsAsciiDigit(s[3]) || !s.All(char.IsAsciiLetterOrDigit))
        {
            return DomainProblem.Of("IbanFormat", text);
        }

        if (s.StartsWith("FI", StringComparison.Ordinal) && s.Length != 18)
        {
            return DomainProblem.Of("IbanFinnishLength", text, s.Length);
        }

        var digits = string.Concat((s[4..] + s[..4]).Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(CultureInfo.InvariantCulture)));
        if (BigInteger.Parse(digits, CultureInfo.InvariantCulture) % 97 != 1)
        {
            return DomainProblem.Of("IbanCheckDigits", text);
        }

        iban = new Iban(s);
        return null;
    }
}
