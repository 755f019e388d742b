using CoMarketing.Core.Businesses;
using CoMarketing.Core.Matching;
using CoMarketing.Core.Matching.Synthetic;
using FsCheck;
using FsCheck.Xunit;
using static CoMarketing.Core.Tests.Matching.TestBusinesses;

namespace CoMarketing.Core.Tests.Matching;

/// <summary>
/// The index reaches candidates through inverted lists (municipalities served, catchment tiers, national businesses)
/// instead of visiting every pair: each way in, and asking for every match at once, must agree with the oracle.
/// </summary>
public sealed class MatchCandidateTests
{
    // Rovaniemi (698) with a 5 km catchment; the others live elsewhere unless said.
    private static readonly Business Shop = Make(1, industry: "4764", offerings: "skis|bikes", catchment: (66.50, 25.73, 5));

    private static readonly Dictionary<string, Business> Candidates = new()
    {
        ["same municipality"] = Make(2, industry: "56101"),
        ["serves our municipality from Kemi"] = Make(3, industry: "9313", municipality: "240", served: "698"),
        ["we both serve Kemi"] = Make(4, industry: "9602", municipality: "851", served: "240"),
        ["overlapping catchment from Kemijärvi"] = Make(5, industry: "5510", municipality: "320", catchment: (66.71, 27.43, 100)),
        ["wide catchment from Ranua"] = Make(6, industry: "7990", municipality: "683", catchment: (65.93, 26.52, 70)),
        ["distant catchment in Inari"] = Make(7, industry: "5510", municipality: "148", catchment: (68.91, 27.03, 50)),
        ["no catchment in Inari"] = Make(8, industry: "4711", municipality: "148"),
        ["national in Helsinki"] = Make(9, industry: "7311", municipality: "091", national: true),
        ["archived, same municipality"] = Make(10, industry: "4761", archived: true),
        ["archived, overlapping catchment"] = Make(11, industry: "5510", municipality: "320", archived: true, catchment: (66.71, 27.43, 100)),
        ["archived national"] = Make(12, industry: "7311", municipality: "091", national: true, archived: true),
        ["competitor through a catchment"] = Make(13, industry: "47642", municipality: "320", catchment: (66.71, 27.43, 100)),
        ["competitor, national"] = Make(14, industry: "47641", municipality: "091", national: true),
    };

    private static readonly MatchSettings Settings = new(60000, false);

    [Theory]
    [InlineData("same municipality", true)]
    [InlineData("serves our municipality from Kemi", true)]
    [InlineData("we both serve Kemi", false)]
    [InlineData("overlapping catchment from Kemijärvi", true)]
    [InlineData("wide catchment from Ranua", true)]
    [InlineData("distant catchment in Inari", false)]
    [InlineData("no catchment in Inari", false)]
    [InlineData("national in Helsinki", true)]
    [InlineData("archived, same municipality", false)]
    [InlineData("archived, overlapping catchment", false)]
    [InlineData("archived national", false)]
    [InlineData("competitor through a catchment", false)]
    [InlineData("competitor, national", false)]
    public void Every_Way_In_Should_Reach_Exactly_The_Matches_Of_The_Reference(string name, bool found)
    {
        // Given
        var candidate = Candidates[name];
        List<Business> all = [Shop, candidate];
        var index = MatchIndex.Build(all, [], Settings);
        var oracle = new ReferenceMatcher(all, [], Settings);

        // When
        var forShop = index.TopMatches(0, 5).Select(h => h.Id);
        var forCandidate = index.TopMatches(1, 5).Select(h => h.Id);

        // Then
        forShop.ShouldBe(found ? [candidate.Id] : []);
        forCandidate.ShouldBe(found && !candidate.Archived ? [Shop.Id] : []);
        oracle.Top(Shop.Id, 5).Select(x => x.Id).ShouldBe(forShop);
    }

    [Fact]
    public void All_Candidates_Together_Should_Rank_Like_The_Reference_From_Every_Side()
    {
        // Given: every way in at once, seen from each business (national, archived and catchment-only ones too)
        List<Business> all = [Shop, .. Candidates.Values];
        PairPreference[] marks = [new(1, 5, PairPreferenceKind.NeverPair), new(13, 1, PairPreferenceKind.FineTogether), new(9, 6, PairPreferenceKind.NeverPair)];
        var index = MatchIndex.Build(all, marks, Settings);
        var oracle = new ReferenceMatcher(all, marks, Settings);

        foreach (var business in all)
        {
            // When
            var fast = index.TopMatches(index.IndexOf(business.Id), all.Count).Select(h => h.Id);

            // Then
            fast.ShouldBe(oracle.Top(business.Id, all.Count).Select(x => x.Id), $"business {business.Id}");
        }

        index.TopMatches(0, all.Count).Select(h => h.Id).ShouldBe([2, 13, 3, 6, 9], ignoreOrder: true);
    }

    [Fact]
    public void A_Candidate_Serving_Several_Of_Our_Municipalities_Should_Be_Listed_Once()
    {
        // Given: both serve Rovaniemi, Kemi and Tornio
        List<Business> all = [Make(1, industry: "4764", served: "240|851"), Make(2, industry: "9313", municipality: "240", served: "698|851")];
        var index = MatchIndex.Build(all, [], Settings);

        // When
        var hits = index.TopMatches(0, 5);

        // Then
        hits.Select(h => h.Id).ShouldBe([2]);
        hits[0].Score.ShouldBe(index.Score(0, 1));
    }

    [Theory]
    [InlineData(11, 1)]
    [InlineData(12, 3)]
    [InlineData(13, 30)]
    [InlineData(14, 8)]
    public void Asking_For_Every_Match_Should_Give_Every_Compatible_Candidate(int seed, int places)
    {
        // Given: more hits asked than there are businesses, so no bound can hide a missed candidate
        var association = AssociationGenerator.Generate(250, seed, places, industries: 12);
        var index = MatchIndex.Build(association.Businesses, association.Preferences, association.Settings);
        var oracle = new ReferenceMatcher(association.Businesses, association.Preferences, association.Settings);

        foreach (var business in association.Businesses)
        {
            // When
            var fast = index.TopMatches(index.IndexOf(business.Id), index.Count);

            // Then
            fast.Select(h => h.Id).ShouldBe(oracle.Top(business.Id, index.Count).Select(x => x.Id), $"business {business.Id}");
        }
    }

    [Property(MaxTest = 15)]
    public bool Top_Matches_Should_Be_The_Best_Compatible_Candidates_Of_A_Full_Scan(PositiveInt seed, PositiveInt top)
    {
        // The definition, written as a scan of every pair through the index's own filters and scores.
        var association = AssociationGenerator.Generate(120, seed.Get, places: 1 + (seed.Get % 30), industries: 2 + (seed.Get % 17));
        var index = MatchIndex.Build(association.Businesses, association.Preferences, association.Settings);
        var n = 1 + (top.Get % 15);
        return Enumerable.Range(0, index.Count).All(a =>
            index.TopMatches(a, n).Select(h => h.Index).SequenceEqual(Enumerable.Range(0, index.Count)
                .Where(b => index.IsCompatible(a, b))
                .OrderByDescending(b => index.Score(a, b)).ThenBy(index.IdAt)
                .Take(n)));
    }
}
