using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Splitting;

/// <summary>One cost item split: its totals and every participant's part (zero for those not among its sharers).</summary>
/// <param name="Item">The cost item.</param>
/// <param name="Parts">One part per participant, in participant order; net, VAT and gross each sum to the item's.</param>
public sealed record ItemSplit(CostItem Item, IReadOnlyList<SplitPart> Parts)
{
    public Money Net => Item.Net;

    public Money Vat => Item.Vat;

    public Money Gross => Item.Gross;
}
