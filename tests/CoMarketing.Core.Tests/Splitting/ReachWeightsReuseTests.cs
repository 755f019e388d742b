using CoMarketing.Core.Finance;
using CoMarketing.Core.Splitting;

namespace CoMarketing.Core.Tests.Splitting;

public sealed class ReachWeightsReuseTests
{
    private static readonly SplitParticipant[] People =
    [
        new("a", "A", 4000), new("b", "B", 12000), new("c", "C", 700), new("d", "D", 25000),
    ];

    [Fact]
    public void Items_With_Shared_And_Different_Sharers_Should_Split_As_If_Each_Were_Alone()
    {
        // Given reach and benefit items over all, over a subset, and again over all
        CostItem[] items =
        [
            new("Radio", Money.Parse("800.00"), VatRate.Default, SplitRule.Reach),
            new("Lehti", Money.Parse("333.33"), VatRate.Default, SplitRule.Reach, Among: ["b", "d"]),
            new("Some", Money.Parse("1200.01"), VatRate.Default, SplitRule.Reach),
            new("Juliste", Money.Parse("99.99"), VatRate.Default, SplitRule.Benefit, Among: ["b", "d"]),
        ];

        // When
        var together = CostSplitter.Split(new SplitRequest(60000, People, items));

        // Then every item's parts equal its split alone, with the same odd-cent start (its position)
        for (var k = 0; k < items.Length; k++)
        {
            var padded = Enumerable.Range(0, items.Length).Select(j => j == k ? items[k] : new CostItem("0", Money.Zero, VatRate.Default, SplitRule.Equal)).ToList();
            var alone = CostSplitter.Split(new SplitRequest(60000, People, padded));
            together.Items[k].Parts.ShouldBe(alone.Items[k].Parts, $"item {k}");
        }
    }
}
