using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Campaigns;

/// <summary>What a campaign cost a party (a participant, or everyone together) against what it brought.</summary>
/// <param name="Cost">The gross cost share (net + VAT owed).</param>
/// <param name="Funnel">Summed results.</param>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="AcquisitionCost"/> = cost ÷ new customers, to the cent (halves away from zero); null without new customers.</item>
/// <item><see cref="CustomerValue"/> = revenue ÷ new customers, likewise: compare it with the acquisition cost.</item>
/// <item><see cref="Roi"/> = (revenue − cost) ÷ cost, a fraction rounded to 4 decimals (0.5 = 50 %); null unless the cost is above zero.</item>
/// </list>
/// </remarks>
public sealed record CampaignMetrics(Money Cost, FunnelTotals Funnel)
{
    public Money? AcquisitionCost => PerCustomer(Cost);

    public Money? CustomerValue => PerCustomer(Funnel.Revenue);

    public decimal? Roi => Cost.Cents <= 0
        ? null
        : decimal.Round((decimal)(Funnel.Revenue.Cents - Cost.Cents) / Cost.Cents, 4, MidpointRounding.AwayFromZero);

    public FunnelRates Rates => FunnelRates.Of(Funnel);

    /// <summary>True when a new customer cost less than the revenue it brought.</summary>
    public bool? PaysOff => AcquisitionCost is { } cac && CustomerValue is { } value ? cac < value : null;

    private Money? PerCustomer(Money amount)
        => Funnel.NewCustomers == 0
            ? null
            : new Money((long)decimal.Round((decimal)amount.Cents / Funnel.NewCustomers, 0, MidpointRounding.AwayFromZero));
}
