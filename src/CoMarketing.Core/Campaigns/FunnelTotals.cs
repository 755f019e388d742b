using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Campaigns;

/// <summary>Summed results: reached → interested → leads → new customers, and their revenue.</summary>
public sealed record FunnelTotals(long Reached, long Interested, long Leads, long NewCustomers, Money Revenue)
{
    public static FunnelTotals Zero { get; } = new(0, 0, 0, 0, Money.Zero);

    /// <summary>The sum of <paramref name="results"/>.</summary>
    public static FunnelTotals Of(IEnumerable<CampaignResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Aggregate(Zero, (sum, r) => new FunnelTotals(
            sum.Reached + r.Reached, sum.Interested + r.Interested, sum.Leads + r.Leads, sum.NewCustomers + r.NewCustomers, sum.Revenue + r.Revenue));
    }
}
