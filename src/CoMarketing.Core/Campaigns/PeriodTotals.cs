using CoMarketing.Core.Common;

namespace CoMarketing.Core.Campaigns;

/// <summary>Results summed per week, month or quarter.</summary>
/// <param name="Start">First day of the period: a Monday (ISO week), the 1st of a month, or of Jan/Apr/Jul/Oct.</param>
/// <param name="Period">The period's length.</param>
/// <param name="Totals">The results whose period starts within it.</param>
/// <remarks>
/// Results are rebucketed by their period's first day: monthly results sum exactly into quarters; a result recorded
/// for a longer period than asked (a month, shown per week) counts whole in the week its period starts, never spread
/// by guesswork.
/// </remarks>
public sealed record PeriodTotals(DateOnly Start, ResultPeriod Period, FunnelTotals Totals)
{
    /// <summary>Totals per period of <paramref name="period"/>, by start date; only periods that have results.</summary>
    public static IReadOnlyList<PeriodTotals> Of(IEnumerable<CampaignResult> results, ResultPeriod period)
    {
        ArgumentNullException.ThrowIfNull(results);
        return [.. results
            .GroupBy(r => StartOf(r.PeriodStart, period))
            .OrderBy(g => g.Key)
            .Select(g => new PeriodTotals(g.Key, period, FunnelTotals.Of(g)))];
    }

    /// <summary>The first day of the <paramref name="period"/> containing <paramref name="day"/>.</summary>
    public static DateOnly StartOf(DateOnly day, ResultPeriod period) => period switch
    {
        ResultPeriod.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        ResultPeriod.Month => new DateOnly(day.Year, day.Month, 1),
        ResultPeriod.Quarter => new DateOnly(day.Year, (((day.Month - 1) / 3) * 3) + 1, 1),
        _ => throw DomainException.Of("UnknownResultPeriod", (int)period),
    };
}
