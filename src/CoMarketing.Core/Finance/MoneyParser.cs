using System.Globalization;
using System.Text.RegularExpressions;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Finance;

/// <summary>
/// Strict parser behind <see cref="Money.TryParse(string?, out Money, out string)"/>: digits, optionally grouped
/// in threes by spaces (fi), then optionally a decimal comma (fi) or point (en) and one or two decimals.
/// Comma grouping (<c>1,234.50</c>) is refused: in Finnish a comma is the decimal separator, so it is ambiguous.
/// </summary>
internal static partial class MoneyParser
{
    public static bool TryParse(string? text, out Money money, out string error)
    {
        money = Money.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "Amount is empty; write it like 1234.50 or 1 234,50.";
            return false;
        }

        var original = text.Trim();
        var shown = original.Length <= 40 ? original : string.Concat(original.AsSpan(0, 39), "…");
        var match = AmountPattern().Match(original);
        if (!match.Success)
        {
            error = TooManyDecimals().IsMatch(original)
                ? $"'{shown}' has more than two decimals; amounts are in whole cents."
                : $"'{shown}' is not an amount; write it like 1234.50 or 1 234,50.";
            return false;
        }

        var whole = match.Groups["whole"].Value.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u202F", string.Empty, StringComparison.Ordinal);
        var fraction = match.Groups["fraction"].Value.PadRight(2, '0');
        if (whole.Length > 15)
        {
            error = $"'{shown}' is too large an amount; at most 1 000 000 000.00.";
            return false;
        }

        var cents = checked((long.Parse(whole, CultureInfo.InvariantCulture) * 100) + int.Parse(fraction, CultureInfo.InvariantCulture));
        if (cents > Limits.MaxAmount.Cents)
        {
            error = $"'{shown}' is too large an amount; at most 1 000 000 000.00.";
            return false;
        }

        money = new Money(match.Groups["sign"].Success ? -cents : cents);
        error = string.Empty;
        return true;
    }

    [GeneratedRegex(@"^(?<sign>[-\u2212]\s?)?(?<whole>[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3})+|[0-9]+)(?:[,.](?<fraction>[0-9]{1,2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^[-\u2212]?[0-9 \u00A0\u202F]+[,.][0-9]{3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex TooManyDecimals();
}
