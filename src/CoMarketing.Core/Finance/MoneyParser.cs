using System.Globalization;
using System.Text.RegularExpressions;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Finance;

/// <summary>
/// Strict parser behind <see cref="Money.TryParse(string?, out Money, out string)"/>: digits, optionally grouped
/// in threes by spaces (fi), then optionally a decimal comma (fi) or point (en) and one or two decimals, with an
/// optional euro sign or <c>EUR</c> before or after (<c>1 200,50 €</c>).
/// Comma grouping is accepted only before a decimal point (<c>1,200.50</c>, unambiguous); <c>1,200</c> alone is
/// refused: in Finnish a comma is the decimal separator, so it could be 1.2 or 1200.
/// </summary>
internal static partial class MoneyParser
{
    public static bool TryParse(string? text, out Money money, out string error)
        => DomainProblem.IsNone(Read(text, out money), out error);

    /// <summary>Reads <paramref name="text"/> into <paramref name="money"/>; what is wrong with it, or null.</summary>
    public static DomainProblem? Read(string? text, out Money money)
    {
        money = Money.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return DomainProblem.Of("AmountEmpty");
        }

        var original = text.Trim();
        var shown = original.Length <= 40 ? original : string.Concat(original.AsSpan(0, 39), "…");
        var bare = Currency().Replace(original, string.Empty).Trim();
        var match = AmountPattern().Match(bare);
        if (bare.Length == 0 || !match.Success)
        {
            return TooManyDecimals().IsMatch(bare) ? DomainProblem.Of("AmountDecimals", shown) : DomainProblem.Of("AmountInvalid", shown);
        }

        var whole = Grouping().Replace(match.Groups["whole"].Value, string.Empty);
        var fraction = match.Groups["fraction"].Value.PadRight(2, '0');
        if (whole.Length > 15)
        {
            return DomainProblem.Of("AmountParsedTooLarge", shown);
        }

        var cents = checked((long.Parse(whole, CultureInfo.InvariantCulture) * 100) + int.Parse(fraction, CultureInfo.InvariantCulture));
        if (cents > Limits.MaxAmount.Cents)
        {
            return DomainProblem.Of("AmountParsedTooLarge", shown);
        }

        money = new Money(match.Groups["sign"].Success ? -cents : cents);
        return null;
    }

    // Whole part: space-grouped, comma-grouped only when a decimal point follows, or plain digits. Only ASCII digits
    // are digits (a full-width "１２" is not an amount).
    [GeneratedRegex(@"^(?<sign>[-\u2212]\s?)?(?:(?<whole>[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3})+|[0-9]+)(?:[,.](?<fraction>[0-9]{1,2}))?|(?<whole>[0-9]{1,3}(?:,[0-9]{3})+)\.(?<fraction>[0-9]{1,2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^[-\u2212]?[0-9 \u00A0\u202F]+[,.][0-9]{3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex TooManyDecimals();

    [GeneratedRegex(@"^\s*(?:€|EUR)\s*|\s*(?:€|EUR)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Currency();

    [GeneratedRegex(@"[ ,\u00A0\u202F]", RegexOptions.CultureInvariant)]
    private static partial Regex Grouping();
}
