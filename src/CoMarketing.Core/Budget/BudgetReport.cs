using System.Numerics;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Splitting;

namespace CoMarketing.Core.Budget;

/// <summary>The budget plan month by month against the money spent, with DESIGN.md's continuity warnings.</summary>
/// <param name="Months">Every month of the plan's horizon.</param>
/// <param name="FirstQuarterMonths">The first quarter of the horizon in months, ⌈horizon ÷ 4⌉ (6 of 24).</param>
/// <remarks>
/// <para>Spent: each running or finished campaign's cost items (gross: net + VAT, refunds negative) spread over the
/// campaign's days, so a month gets the share of the days it holds; cents by largest remainder, so the months sum
/// exactly to the campaign's gross. Drafts and planned campaigns have spent nothing yet. Money outside the horizon
/// is not shown.</para>
/// <para>Front-loaded: more than half of the planned money falls in the first quarter of the horizon. Short: the
/// plan covers fewer than 24 months.</para>
/// </remarks>
public sealed record BudgetReport(IReadOnlyList<BudgetMonth> Months, int FirstQuarterMonths)
{
    /// <summary>DESIGN.md: spread the money over at least two years.</summary>
    public const int RecommendedHorizon = 24;

    public Money Planned => Money.Sum(Months.Select(m => m.Planned));

    public Money Spent => Money.Sum(Months.Select(m => m.Spent));

    public Money PlannedInFirstQuarter => Money.Sum(Months.Take(FirstQuarterMonths).Select(m => m.Planned));

    /// <summary>More than half of the planned money is in the first quarter of the horizon.</summary>
    public bool FrontLoaded => PlannedInFirstQuarter.Cents * 2 > Planned.Cents;

    /// <summary>The plan covers fewer than <see cref="RecommendedHorizon"/> months.</summary>
    public bool ShortHorizon => Months.Count < RecommendedHorizon;

    /// <summary>The warnings in words, empty when the plan is well spread.</summary>
    public IReadOnlyList<string> Warnings =>
    [
        .. FrontLoaded
            ? [$"The plan is front-loaded: {PlannedInFirstQuarter} of {Planned} planned falls in its first {FirstQuarterMonths} months; spread the money over at least two years."]
            : Array.Empty<string>(),
        .. ShortHorizon
            ? [$"The plan covers {Months.Count} months; plan at least {RecommendedHorizon} for continuity."]
            : Array.Empty<string>(),
    ];

    /// <summary>The report of <paramref name="plan"/> against the spending of <paramref name="campaigns"/>.</summary>
    public static BudgetReport Of(BudgetPlan plan, IEnumerable<Campaign> campaigns)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(campaigns);
        var spent = new long[plan.Horizon];
        foreach (var campaign in campaigns.Where(c => c.Status is CampaignStatus.Running or CampaignStatus.Finished))
        {
            foreach (var (month, cents) in SpreadByDays(campaign))
            {
                var index = ((month.Year - plan.FirstMonth.Year) * 12) + month.Month - plan.FirstMonth.Month;
                if (index >= 0 && index < plan.Horizon)
                {
                    spent[index] += cents;
                }
            }
        }

        var months = Enumerable.Range(0, plan.Horizon)
            .Select(i => new BudgetMonth(plan.Month(i), plan.Monthly[i], new Money(spent[i])))
            .ToList();
        return new BudgetReport(months, (plan.Horizon + 3) / 4);
    }

    /// <summary>The campaign's gross cost, split over the months of its dates in proportion to its days in each.</summary>
    public static IReadOnlyList<(DateOnly Month, long Cents)> SpreadByDays(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var gross = Money.Sum(campaign.CostItems.Select(i => i.Net + VatRate.FromPercent(i.VatPercent).VatOf(i.Net)));
        var months = new List<(DateOnly Month, long Days)>();
        for (var month = new DateOnly(campaign.Start.Year, campaign.Start.Month, 1); month <= campaign.End; month = month.AddMonths(1))
        {
            var from = campaign.Start > month ? campaign.Start : month;
            var last = month.AddMonths(1).AddDays(-1);
            var to = campaign.End < last ? campaign.End : last;
            months.Add((month, to.DayNumber - from.DayNumber + 1));
        }

        var parts = CentSplitter.Split(gross.Cents, [.. months.Select(m => new BigInteger(m.Days))], 0);
        return [.. months.Select((m, i) => (m.Month, parts[i]))];
    }
}
