using System.Globalization;
using System.Numerics;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.References;

/// <summary>
/// An international RF creditor reference (ISO 11649): <c>RF</c>, two check digits, then the reference itself
/// (1–21 letters or digits). Written here in its electronic form, without spaces.
/// </summary>
/// <remarks>
/// Check digits: move <c>RF00</c> to the end of the reference, replace letters by numbers (A = 10 … Z = 35, so
/// R = 27, F = 15), take the number mod 97; the check digits are <c>98 − remainder</c>, two digits.
/// A valid reference, rearranged the same way with its check digits, is 1 mod 97.
/// </remarks>
public readonly record struct RfReference
{
    private RfReference(string value) => Value = value;

    /// <summary>The electronic form, e.g. <c>RF18539007547034</c>.</summary>
    public string Value { get; }

    public override string ToString() => Value;

    /// <summary>The RF reference for a national reference (a Finnish <i>viitenumero</i> or any 1–21 letters/digits).</summary>
    public static RfReference FromReference(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var cleaned = reference.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (cleaned.Length is < 1 or > 21 || !cleaned.All(char.IsAsciiLetterOrDigit))
        {
            throw DomainException.Of("RfReferenceLength", reference);
        }

        var check = 98 - Mod97(cleaned + "RF00");
        return new RfReference(string.Create(CultureInfo.InvariantCulture, $"RF{check:00}{cleaned}"));
    }

    /// <summary>The RF reference for a Finnish reference number.</summary>
    public static RfReference FromReference(FinnishReference reference) => FromReference(reference.Value);

    /// <summary>True when <paramref name="text"/> (spaces allowed, any case) is a well-formed RF reference with correct check digits.</summary>
    public static bool IsValid(string? text)
    {
        var cleaned = text?.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant() ?? string.Empty;
        if (cleaned.Length is < 5 or > 25 || !cleaned.StartsWith("RF", StringComparison.Ordinal)
            || !char.IsAsciiDigit(cleaned[2]) || !char.IsAsciiDigit(cleaned[3]) || !cleaned.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        return Mod97(cleaned[4..] + cleaned[..4]) == 1;
    }

    private static int Mod97(string alphanumeric)
    {
        var digits = string.Concat(alphanumeric.Select(c => char.IsAsciiDigit(c)
            ? c.ToString()
            : (c - 'A' + 10).ToString(CultureInfo.InvariantCulture)));
        return (int)(BigInteger.Parse(digits, CultureInfo.InvariantCulture) % 97);
    }
}
