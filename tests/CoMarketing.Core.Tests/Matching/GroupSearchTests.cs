using CoMarketing.Core.Matching;
using CoMarketing.Core.Matching.Synthetic;
using Xunit.Abstractions;
using static CoMarketing.Core.Tests.Matching.TestBusinesses;

namespace CoMarketing.Core.Tests.Matching;

public sealed class GroupSearchTests(ITestOutputHelper output)
{
    [Fact]
    public void Local_Search_Should_Find_The_Pair_That_Plain_Greedy_Misses()
    {
        // Given: X (2) reaches most but competes with Y (3, same class) and Z (4, same offerings); Y and Z get along.
        var settings = new MatchSettings(60000, false);
        List<Core.Businesses.Business> all =
        [
            Make(1, industry: "56101", channels: "facebook:1000"),
            Make(2, industry: "4764", offerings: "skis|bikes", channels: "instagram:5000"),
            Make(3, industry: "4764", channels: "instagram:4000"),
            Make(4, industry: "9313", offerings: "skis|bikes", channels: "tiktok:4000"),
        ];
        var index = MatchIndex.Build(all, [], settings);

        // When
        var greedy = GroupSearch.Greedy(index, 0, 2, improve: false);
        var improved = GroupSearch.Greedy(index, 0, 2);
        var exact = GroupSearch.Exhaustive(index, 0, 2);

        // Then
        greedy.Select(index.IdAt).ShouldBe([2L]);
        exact.Select(index.IdAt).Order().ShouldBe([3L, 4L]);
        improved.Select(index.IdAt).Order().ShouldBe([3L, 4L]);
        GroupSearch.Reach(index, 0, exact).ShouldBe(60000 * (1 - ((1 - (1000 / 60000.0)) * (1 - (4000 / 60000.0)) * (1 - (4000 / 60000.0)))), 1e-6);
        GroupSearch.Reach(index, 0, greedy).ShouldBeLessThan(GroupSearch.Reach(index, 0, exact));
    }

    [Fact]
    public void Greedy_Should_Pick_Only_Pairwise_Compatible_Partners()
    {
        // Given
        var association = AssociationGenerator.Generate(200, 5, places: 2, industries: 6);
        var index = MatchIndex.Build(association.Businesses, association.Preferences, association.Settings);

        for (var a = 0; a < index.Count; a += 7)
        {
            // When
            var group = GroupSearch.Greedy(index, a, 4);

            // Then
            group.Count.ShouldBeLessThanOrEqualTo(4);
            group.ShouldAllBe(m => index.IsCompatible(a, m));
            group.ShouldAllBe(m => group.All(o => o == m || index.IsCompatible(m, o)));
        }
    }

    [Fact]
    public void Greedy_Should_Stay_Close_To_Exhaustive_On_Small_Associations()
    {
        // Given many small, dense associations (few places and industries: many competitors)
        var gaps = new List<double>();
        var plainGaps = new List<double>();
        for (var seed = 1; seed <= 150; seed++)
        {
            var association = AssociationGenerator.Generate(16, seed, places: 1 + (seed % 2), industries: 3 + (seed % 4));
            var index = MatchIndex.Build(association.Businesses, association.Preferences, association.Settings);
            foreach (var size in new[] { 2, 3, 4 })
            {
                for (var a = 0; a < index.Count; a += 5)
                {
                    // When
                    var best = GroupSearch.Reach(index, a, GroupSearch.Exhaustive(index, a, size));
                    var greedy = GroupSearch.Reach(index, a, GroupSearch.Greedy(index, a, size));
                    var plain = GroupSearch.Reach(index, a, GroupSearch.Greedy(index, a, size, improve: false));

                    // Then
                    greedy.ShouldBeLessThanOrEqualTo(best + 1e-6);
                    plain.ShouldBeLessThanOrEqualTo(greedy + 1e-6);
                    gaps.Add(best <= 0 ? 0 : 100 * (best - greedy) / best);
                    plainGaps.Add(best <= 0 ? 0 : 100 * (best - plain) / best);
                }
            }
        }

        output.WriteLine($"{gaps.Count} cases; greedy+local search gap: mean {gaps.Average():0.000} %, worst {gaps.Max():0.00} %, "
            + $"optimal in {gaps.Count(g => g < 1e-9)}; greedy alone: mean {plainGaps.Average():0.000} %, worst {plainGaps.Max():0.00} %");
        gaps.Average().ShouldBeLessThan(plainGaps.Average() + 1e-9);
    }
}
