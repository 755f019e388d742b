using CoMarketing.Core.Campaigns;

namespace CoMarketing.Tui.Application;

/// <summary>Whether two lists of cost items say the same thing, field by field (a closed campaign's costs must not change).</summary>
internal static class CostItemsComparer
{
    public static bool Same(IReadOnlyList<CostItem> a, IReadOnlyList<CostItem> b)
        => a.Count == b.Count && a.Zip(b).All(pair => Same(pair.First, pair.Second));

    private static bool Same(CostItem a, CostItem b)
        => a.Description == b.Description && a.Channel == b.Channel && a.Net == b.Net && a.VatPercent == b.VatPercent
            && a.PaidBy == b.PaidBy && a.Rule == b.Rule && a.Among.SequenceEqual(b.Among)
            && a.Weights.SequenceEqual(b.Weights) && a.Percents.SequenceEqual(b.Percents) && a.Amounts.SequenceEqual(b.Amounts);
}
