using CoMarketing.Core.Reach;
using static CoMarketing.Core.Tests.Campaigns.EconomicsFixtures;

namespace CoMarketing.Core.Tests.Reach;

public sealed class BusinessReachTests
{
    [Theory]
    [InlineData(60000, new int[0], 0)]
    [InlineData(60000, new[] { 4200 }, 4200)]
    [InlineData(60000, new[] { 30000, 20000 }, 40000)] // 60 000 · (1 − ½ · ⅔)
    [InlineData(1000, new[] { 300, 400, 200 }, 664)] // 1 − 0.7 · 0.6 · 0.8
    [InlineData(1000, new[] { 5000 }, 1000)] // capped at the population
    [InlineData(3, new[] { 1, 1 }, 2)] // 3 · (1 − 4/9) = 1.67 → 2
    public void Reach_Should_Combine_Channels_With_The_Sainsbury_Model(long population, int[] audiences, long expected)
        => BusinessReach.Of(Business(1, "A", audiences), population).ShouldBe(expected);
}
