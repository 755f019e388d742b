using System.Globalization;
using CoMarketing.Core.Finance;

namespace CoMarketing.Reports.Exports;

/// <summary>How the Markdown and HTML summaries show figures: amounts with two decimals and the euro sign.</summary>
internal static class SummaryText
{
    /// <summary><c>1 234.50 €</c>-style in the given culture (Finnish: <c>1 234,50 €</c>).</summary>
    public static string Euros(Money money, CultureInfo culture) => $"{money.Format(culture)} €";

    public static string Whole(long value, CultureInfo culture) => value.ToString("#,0", culture);

    public static string Percent(decimal value, CultureInfo culture) => value.ToString("0.##", culture) + " %";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
