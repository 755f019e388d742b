using CoMarketing.Core.Finance;
using CoMarketing.Core.Splitting;

namespace CoMarketing.Core.Tests.Splitting;

/// <summary>Small builders that keep the split tests readable.</summary>
internal static class SplitFixtures
{
    public static SplitParticipant P(string id, long reach = 0, decimal? weight = null, decimal? percent = null, string? amount = null)
        => new(id, id.ToUpperInvariant(), reach, weight, percent, amount is null ? null : Money.Parse(amount));

    public static CostItem Item(string net, SplitRule rule, string vat = "25.5", string paidBy = CostItem.Association, string[]? among = null)
        => new("Item", Money.Parse(net), VatRate.Parse(vat), rule, paidBy, among);

    public static SplitResult Split(long? population, SplitParticipant[] participants, params CostItem[] items)
        => CostSplitter.Split(new SplitRequest(population, participants, items));

    public static string[] Nets(SplitResult result, int item) => [.. result.Items[item].Parts.Select(p => p.Net.ToString())];

    public static string[] Vats(SplitResult result, int item) => [.. result.Items[item].Parts.Select(p => p.Vat.ToString())];
}
