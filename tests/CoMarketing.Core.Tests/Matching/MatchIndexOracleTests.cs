using CoMarketing.Core.Matching;
using CoMarketing.Core.Matching.Synthetic;

namespace CoMarketing.Core.Tests.Matching;

public sealed class MatchIndexOracleTests
{
    public static TheoryData<int, int, int, int, bool> Associations()
    {
        var data = new TheoryData<int, int, int, int, bool>();
        for (var seed = 1; seed <= 24; seed++)
        {
            // Sizes, places and industries vary so that competitors, catchments and preferences all occur.
            data.Add(seed, 40 + (seed * 13 % 200), 1 + (seed % 6), 2 + (seed % 9), seed % 2 == 0);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Associations))]
    public void Fast_Index_Should_Rank_Exactly_Like_The_Reference(int seed, int count, int places, int industries, bool smallTown)
    {
        // Given
        var association = AssociationGenerator.Generate(count, seed, places, industries, smallTown);
        var index = MatchIndex.Build(association.Businesses, association.Preferences, association.Settings);
        var oracle = new ReferenceMatcher(association.Businesses, association.Preferences, association.Settings);

        foreach (var business in association.Businesses)
        {
            // When
            var fast = index.TopMatches(index.IndexOf(business.Id), 10);
            var slow = oracle.Top(business.Id, 10);

            // Then
            fast.Select(h => h.Id).ShouldBe(slow.Select(s => s.Id), $"seed {seed}, business {business.Id}");
            for (var i = 0; i < fast.Length; i++)
            {
                fast[i].Score.ShouldBe(slow[i].Score, 1e-9);
            }
        }
    }

    [Fact]
    public void Every_Pair_Should_Pass_The_Same_Filters_And_Score_The_Same()
    {
        // Given
        var association = AssociationGenerator.Generate(150, 99, places: 3, industries: 5);
        var index = MatchIndex.Build(association.Businesses, association.Preferences, association.Settings);
        var oracle = new ReferenceMatcher(association.Businesses, association.Preferences, association.Settings);
        var businesses = association.Businesses;

        for (var a = 0; a < businesses.Count; a++)
        {
            for (var b = 0; b < businesses.Count; b++)
            {
                // When / Then
                index.IsCompatible(a, b).ShouldBe(oracle.IsMatch(businesses[a], businesses[b]), $"{a} vs {b}");
                index.Components(a, b).ShouldBe(oracle.Components(businesses[a], businesses[b]));
            }
        }
    }

    [Fact]
    public void All_Members_Top_Matches_Should_Equal_One_By_One()
    {
        // Given
        var association = AssociationGenerator.Generate(300, 7, places: 4);
        var index = MatchIndex.Build(association.Businesses, association.Preferences, association.Settings);

        // When
        var all = index.TopMatchesForAll(5);

        // Then
        for (var i = 0; i < index.Count; i++)
        {
            all[i].ShouldBe(index.TopMatches(i, 5));
        }
    }

    [Fact]
    public void Generator_Should_Be_Deterministic_For_A_Seed()
    {
        // When
        var first = AssociationGenerator.Generate(500, 42);
        var second = AssociationGenerator.Generate(500, 42);
        var other = AssociationGenerator.Generate(500, 43);

        // Then
        first.Businesses.ShouldBe(second.Businesses);
        first.Preferences.ShouldBe(second.Preferences);
        first.Businesses.ShouldNotBe(other.Businesses);
        first.Businesses.Count(b => b.Audience.National).ShouldBeInRange(5, 50);
    }
}
