using System.Globalization;
using System.Text.RegularExpressions;
using CoMarketing.Core.Association;
using CoMarketing.Core.Campaigns;
using CoMarketing.Reports.Exports.Results;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>The months of a campaign's results page, and months as people type them: <c>3.2027</c>, <c>3/2027</c>, <c>2027-03</c>.</summary>
public static partial class ResultMonths
{
    /// <summary>The first days of the months from the campaign's start to its end, and of any month holding a monthly result.</summary>
    public static IReadOnlyList<DateOnly> Of(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var months = new SortedSet<DateOnly>();
        for (var m = First(campaign.Start); m <= campaign.End; m = m.AddMonths(1))
        {
            months.Add(m);
        }

        months.UnionWith(campaign.Results.Where(r => r.Period == ResultPeriod.Month).Select(r => First(r.PeriodStart)));
        return [.. months];
    }

    /// <summary>Today's month when it is one of <paramref name="months"/>; otherwise the nearest end of them.</summary>
    public static DateOnly Default(IReadOnlyList<DateOnly> months, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(months);
        var now = First(today);
        return months.Contains(now) ? now : now < months[0] ? months[0] : months[^1];
    }

    /// <summary>Reads <c>3.2027</c>, <c>03/2027</c>, <c>3.2027.</c> or <c>2027-03</c> as the first day of that month.</summary>
    public static bool TryParse(string? text, out DateOnly month)
    {
        month = default;
        var t = (text ?? string.Empty).Trim();
        var match = MonthYear().Match(t);
        var (m, y) = match.Success
            ? (match.Groups[1].Value, match.Groups[2].Value)
            : YearMonth().Match(t) is { Success: true } iso ? (iso.Groups[2].Value, iso.Groups[1].Value) : (string.Empty, string.Empty);
        if (!int.TryParse(m, CultureInfo.InvariantCulture, out var number) || !int.TryParse(y, CultureInfo.InvariantCulture, out var year)
            || number is < 1 or > 12 || year is < 1 or > 9999)
        {
            return false;
        }

        month = new DateOnly(year, number, 1);
        return true;
    }

    /// <summary>A month as it is typed: <c>3/2027</c> (fi) or <c>2027-03</c> (en).</summary>
    public static string Text(DateOnly month, bool finnish) => finnish
        ? month.ToString("M/yyyy", CultureInfo.InvariantCulture)
        : month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A month's name: <c>maaliskuu 2027</c> / <c>March 2027</c>.</summary>
    public static string Name(DateOnly month, bool finnish)
        => ReportLabels.For(finnish ? Language.Finnish : Language.English).PeriodName(month, ResultPeriod.Month);

    private static DateOnly First(DateOnly day) => new(day.Year, day.Month, 1);

    [GeneratedRegex(@"^(\d{1,2})\s*[./]\s*(\d{4})\.?$")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})$")]
    private static partial Regex YearMonth();
}
