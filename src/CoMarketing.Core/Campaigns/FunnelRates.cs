namespace CoMarketing.Core.Campaigns;

/// <summary>
/// The funnel's step rates as fractions (0.25 = 25 %): interested ÷ reached, leads ÷ interested, new customers ÷
/// leads, and new customers ÷ reached overall. A rate is <c>null</c> when its denominator is 0. Rounded to 4 decimals.
/// </summary>
public sealed record FunnelRates(decimal? Interest, decimal? Lead, decimal? Conversion, decimal? Overall)
{
    /// <summary>The rates of a funnel.</summary>
    public static FunnelRates Of(FunnelTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return new FunnelRates(
            Rate(totals.Interested, totals.Reached),
            Rate(totals.Leads, totals.Interested),
            Rate(totals.NewCustomers, totals.Leads),
            Rate(totals.NewCustomers, totals.Reached));
    }

    private static decimal? Rate(long part, long whole)
        => whole == 0 ? null : decimal.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);
}
