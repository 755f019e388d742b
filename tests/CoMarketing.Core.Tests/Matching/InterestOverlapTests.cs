using System.Collections.Immutable;
using CoMarketing.Core.Association;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Matching;
using CoMarketing.Core.Tests.Matching.Evaluation;
using static CoMarketing.Core.Tests.Matching.TestBusinesses;

namespace CoMarketing.Core.Tests.Matching;

public sealed class InterestOverlapTests
{
    private static InterestAffinities Shipped => RankingEvaluationTests.ShippedAffinities.Value;

    private static ImmutableSortedSet<InterestTag> Tags(string tags) => [.. tags.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(InterestTag.Parse)];

    [Theory]
    // Shop: 2 shared; hunting, hiking → outdoor 75 %; guide: nature → outdoor 75 %, boating → fishing 50 %.
    [InlineData("fishing|hunting|hiking|outdoor", "fishing|outdoor|nature|boating", 6.75 / 8)]
    [InlineData("weddings|gardening", "photography|events", (0.75 + 0.5 + 0.75) / 4)]
    [InlineData("children", "families", 1.5 / 2)]
    [InlineData("gaming|youth", "seniors|health", 0.0)]
    [InlineData("food", "food", 1.0)]
    [InlineData("", "", 0.0)]
    public void Related_Tags_Should_Count_Partly_Through_The_Shipped_Table(string a, string b, double expected)
    {
        // When
        var ab = InterestOverlap.Of(Tags(a), Tags(b), Shipped);
        var ba = InterestOverlap.Of(Tags(b), Tags(a), Shipped);

        // Then
        ab.ShouldBe(expected, 1e-12);
        ba.ShouldBe(ab);
    }

    [Fact]
    public void Without_Related_Tags_The_Overlap_Should_Be_The_Dice_Overlap()
    {
        InterestOverlap.Of(Tags("fishing|hunting|hiking|outdoor"), Tags("fishing|outdoor|nature|boating"), InterestAffinities.Empty)
            .ShouldBe(2.0 * 2 / 8);
    }

    [Fact]
    public void A_Specific_Shared_Tag_Should_Count_More_Than_A_Tag_Everyone_Lists()
    {
        // Given: weight 3 for the rare tag, 1 for the common one
        int Weight(InterestTag t) => t.Value == "weddings" ? 3 : 1;

        // When
        var rare = InterestOverlap.Of(Tags("weddings|families"), Tags("weddings|books"), InterestAffinities.Empty, Weight);
        var common = InterestOverlap.Of(Tags("weddings|families"), Tags("families|books"), InterestAffinities.Empty, Weight);

        // Then: (2·3) / (4 + 4) against (2·1) / (4 + 2)
        rare.ShouldBe(6.0 / 8);
        common.ShouldBe(2.0 / 6);
        InterestSpecificity.Weight(41, 41).ShouldBe(69);
        InterestSpecificity.Weight(41, 1).ShouldBe(374);
    }

    [Fact]
    public void Reasons_Should_Name_What_Is_Related()
    {
        // Given
        var shop = Make(1, industry: "47641", interests: "fishing|hunting|hiking|outdoor", name: "Eräpuoti");
        var guide = Make(2, industry: "79900", interests: "fishing|outdoor|nature|boating", months: "6-9", name: "Lohiopas");
        var matcher = new PartnerMatcher([shop, guide], [], new MatchSettings(60000, false, affinities: Shipped));

        // When
        var reasons = matcher.FindPartners(1, 1, new MatchTextOptions(Language.English)).Single().Reasons;

        // Then
        reasons.ShouldContain("shared interests: fishing, outdoor");
        reasons.ShouldContain("related interests: hiking ~ nature, hunting ~ outdoor, fishing ~ boating");
        reasons.ShouldContain("active in all 4 months of the shorter season");
    }

    [Theory]
    [InlineData("1-12", "11-4", 1.0)]
    [InlineData("6-8", "7-9", 2.0 / 3)]
    [InlineData("6-8", "11-2", 0.0)]
    [InlineData("1-12", "1-12", 1.0)]
    public void Season_Should_Be_The_Overlap_Of_The_Shorter_Season(string a, string b, double expected)
    {
        // Given
        var index = MatchIndex.Build([Make(1, months: a), Make(2, industry: "4764", months: b)], [], new MatchSettings(60000, false));

        // Then
        index.Components(0, 1).Season.ShouldBe(expected, 1e-12);
        index.Components(1, 0).Season.ShouldBe(expected, 1e-12);
    }

    [Theory]
    [InlineData(100, MatchBand.Strong)]
    [InlineData(65, MatchBand.Strong)]
    [InlineData(64.99, MatchBand.Possible)]
    [InlineData(50, MatchBand.Possible)]
    [InlineData(49.99, MatchBand.Weak)]
    [InlineData(0, MatchBand.Weak)]
    public void Scores_Should_Fall_In_Documented_Bands(double score, MatchBand band)
        => MatchBands.Of(score).ShouldBe(band);

    [Fact]
    public void A_Pair_Sharing_No_Interest_Should_Always_Be_Weak()
    {
        // Given: the same everything but interests, and the partner reaching everyone
        var a = Make(1, interests: "gaming|youth", channels: "facebook:100");
        var b = Make(2, industry: "4764", interests: "seniors|health", channels: "newspaper:60000|radio:60000");
        var matcher = new PartnerMatcher([a, b], [], new MatchSettings(60000, false, affinities: Shipped));

        // When
        var match = matcher.FindPartners(1, 1, new MatchTextOptions(Language.English)).Single();

        // Then: age 20 + area 10 + season 10 + customer type 5, nothing for the reach
        match.Score.ShouldBe(45, 1e-9);
        match.Band.ShouldBe(MatchBand.Weak);
    }
}
