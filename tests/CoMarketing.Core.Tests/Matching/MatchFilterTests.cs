using CoMarketing.Core.Businesses;
using CoMarketing.Core.Matching;
using static CoMarketing.Core.Tests.Matching.TestBusinesses;

namespace CoMarketing.Core.Tests.Matching;

public sealed class MatchFilterTests
{
    private static readonly Business Cafe = Make(1, industry: "56101", offerings: "coffee|pastries", catchment: (66.50, 25.73, 5));

    private static readonly Dictionary<string, (Business Candidate, PairPreference[] Marks, bool SmallTown)> Cases = new()
    {
        ["itself"] = (Cafe, [], false),
        ["archived"] = (Make(2, industry: "4764", archived: true), [], false),
        ["same class"] = (Make(2, industry: "56102"), [], false),
        ["same class, small town, other subclass"] = (Make(2, industry: "56102"), [], true),
        ["same class, small town, same subclass"] = (Make(2, industry: "56101"), [], true),
        ["same class, small town, no subclass"] = (Make(2, industry: "5610"), [], true),
        ["large offering overlap"] = (Make(2, industry: "1071", offerings: "coffee|pastries|cakes"), [], false),
        ["large offering overlap in small town"] = (Make(2, industry: "1071", offerings: "coffee|pastries|cakes"), [], true),
        ["one shared offering of five"] = (Make(2, industry: "4761", offerings: "coffee|books|games|gifts"), [], false),
        ["other town"] = (Make(2, industry: "4764", municipality: "091"), [], false),
        ["other town serving ours"] = (Make(2, industry: "4764", municipality: "240", served: "698"), [], false),
        ["other town, overlapping catchment"] = (Make(2, industry: "4764", municipality: "320", catchment: (66.71, 27.43, 100)), [], false),
        ["other town, distant catchment"] = (Make(2, industry: "4764", municipality: "148", catchment: (68.91, 27.03, 50)), [], false),
        ["other town, national"] = (Make(2, industry: "4764", municipality: "091", national: true), [], false),
        ["never pair by the business"] = (Make(2, industry: "4764"), [new(1, 2, PairPreferenceKind.NeverPair)], false),
        ["never pair by the candidate"] = (Make(2, industry: "4764"), [new(2, 1, PairPreferenceKind.NeverPair)], false),
        ["same class, fine together"] = (Make(2, industry: "56101"), [new(2, 1, PairPreferenceKind.FineTogether)], false),
        ["overlap, fine together"] = (Make(2, industry: "1071", offerings: "coffee|pastries"), [new(1, 2, PairPreferenceKind.FineTogether)], false),
        ["fine together and never pair"] = (Make(2, industry: "56101"), [new(1, 2, PairPreferenceKind.FineTogether), new(2, 1, PairPreferenceKind.NeverPair)], false),
        ["different industry, same town"] = (Make(2, industry: "4764"), [], false),
    };

    [Theory]
    [InlineData("itself", MatchExclusions.Self)]
    [InlineData("archived", MatchExclusions.Archived)]
    [InlineData("same class", MatchExclusions.SameIndustry)]
    [InlineData("same class, small town, other subclass", MatchExclusions.None)]
    [InlineData("same class, small town, same subclass", MatchExclusions.SameIndustry)]
    [InlineData("same class, small town, no subclass", MatchExclusions.SameIndustry)]
    [InlineData("large offering overlap", MatchExclusions.OfferingOverlap)]
    [InlineData("large offering overlap in small town", MatchExclusions.OfferingOverlap)]
    [InlineData("one shared offering of five", MatchExclusions.None)]
    [InlineData("other town", MatchExclusions.NoSharedArea)]
    [InlineData("other town serving ours", MatchExclusions.None)]
    [InlineData("other town, overlapping catchment", MatchExclusions.None)]
    [InlineData("other town, distant catchment", MatchExclusions.NoSharedArea)]
    [InlineData("other town, national", MatchExclusions.None)]
    [InlineData("never pair by the business", MatchExclusions.NeverPair)]
    [InlineData("never pair by the candidate", MatchExclusions.NeverPair)]
    [InlineData("same class, fine together", MatchExclusions.None)]
    [InlineData("overlap, fine together", MatchExclusions.None)]
    [InlineData("fine together and never pair", MatchExclusions.NeverPair)]
    [InlineData("different industry, same town", MatchExclusions.None)]
    public void Filters_Should_Exclude_Exactly_As_The_Rules_Say(string name, MatchExclusions expected)
    {
        // Given
        var (candidate, marks, smallTown) = Cases[name];
        List<Business> all = candidate.Id == Cafe.Id ? [Cafe] : [Cafe, candidate];
        var index = MatchIndex.Build(all, marks, new MatchSettings(60000, smallTown));
        var oracle = new ReferenceMatcher(all, marks, new MatchSettings(60000, smallTown));

        // When
        var exclusions = index.Check(0, all.Count - 1);
        var ranked = index.TopMatches(0, 5);

        // Then
        exclusions.ShouldBe(expected);
        oracle.IsMatch(Cafe, candidate).ShouldBe(expected == MatchExclusions.None);
        ranked.Select(h => h.Id).ShouldBe(expected == MatchExclusions.None ? [candidate.Id] : []);
    }

    [Fact]
    public void Two_Businesses_Of_Unknown_Industry_Should_Not_Be_Competitors_By_Class()
    {
        // Given: imported rows without an industry get Statistics Finland's "unknown" code 00000
        List<Business> all = [Make(1, industry: "00000", offerings: "coffee"), Make(2, industry: "00000", offerings: "yoga")];
        var index = MatchIndex.Build(all, [], new MatchSettings(60000, false));
        var oracle = new ReferenceMatcher(all, [], new MatchSettings(60000, false));

        // When
        var exclusions = index.Check(0, 1);

        // Then
        exclusions.ShouldBe(MatchExclusions.None);
        oracle.IsMatch(all[0], all[1]).ShouldBeTrue();
        CompetitionRules.SameIndustry(all[0].Industry, all[1].Industry, smallTownMode: false).ShouldBeFalse();
    }

    [Theory]
    [InlineData(2, 2, 2, true)]
    [InlineData(1, 1, 1, true)]
    [InlineData(1, 1, 2, true)]
    [InlineData(1, 2, 2, false)]
    [InlineData(2, 3, 4, false)]
    [InlineData(3, 4, 5, true)]
    [InlineData(0, 0, 0, false)]
    public void Offering_Overlap_Should_Need_Half_And_Two_Shared(int shared, int countA, int countB, bool competitors)
        => CompetitionRules.IsLargeOfferingOverlap(shared, countA, countB).ShouldBe(competitors);

    [Fact]
    public void An_Archived_Business_Should_Get_No_Matches()
    {
        // Given
        var archived = Make(1, industry: "56101", archived: true);
        var index = MatchIndex.Build([archived, Make(2, industry: "4764")], [], new MatchSettings(60000, false));

        // When / Then
        index.TopMatches(0, 5).ShouldBeEmpty();
        index.Check(1, 0).ShouldBe(MatchExclusions.Archived);
    }
}
