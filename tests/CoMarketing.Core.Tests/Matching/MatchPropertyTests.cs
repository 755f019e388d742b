using CoMarketing.Core.Businesses;
using CoMarketing.Core.Matching;
using CoMarketing.Core.Matching.Synthetic;
using FsCheck;
using FsCheck.Xunit;

namespace CoMarketing.Core.Tests.Matching;

public sealed class MatchPropertyTests
{
    private static SyntheticAssociation Small(int seed) => AssociationGenerator.Generate(40, seed, places: 1 + (seed % 4), industries: 3 + (seed % 10), smallTownMode: seed % 3 == 0);

    [Property(MaxTest = 30)]
    public bool Similarity_And_Compatibility_Should_Be_Symmetric(PositiveInt seed)
    {
        var association = Small(seed.Get);
        var index = MatchIndex.Build(association.Businesses, association.Preferences, association.Settings);
        for (var a = 0; a < index.Count; a++)
        {
            for (var b = 0; b < index.Count; b++)
            {
                var (ab, ba) = (index.Components(a, b), index.Components(b, a));
                var symmetric = ab.Age == ba.Age && ab.Interests == ba.Interests && Math.Abs(ab.Area - ba.Area) < 1e-12
                    && ab.Season == ba.Season && ab.CustomerType == ba.CustomerType && index.Check(a, b) == index.Check(b, a);
                if (!symmetric)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(MaxTest = 30)]
    public bool Scores_Should_Stay_Within_0_And_100(PositiveInt seed)
    {
        var association = Small(seed.Get);
        var index = MatchIndex.Build(association.Businesses, association.Preferences, association.Settings);
        return Enumerable.Range(0, index.Count).All(a => Enumerable.Range(0, index.Count).All(b => index.Score(a, b) is >= 0 and <= 100));
    }

    [Property(MaxTest = 30)]
    public bool A_Competitor_Or_Never_Pair_Business_Should_Never_Be_Returned(PositiveInt seed)
    {
        var association = Small(seed.Get);
        var index = MatchIndex.Build(association.Businesses, association.Preferences, association.Settings);
        var oracle = new ReferenceMatcher(association.Businesses, association.Preferences, association.Settings);
        bool Marked(long x, long y, PairPreferenceKind kind) => association.Preferences.Any(
            p => p.Kind == kind && ((p.From == x && p.To == y) || (p.From == y && p.To == x)));

        return association.Businesses.All(a => index.TopMatches(index.IndexOf(a.Id), 40)
            .Select(hit => association.Businesses[hit.Index])
            .All(b => !Marked(a.Id, b.Id, PairPreferenceKind.NeverPair)
                && (!oracle.IsCompetitor(a, b) || Marked(a.Id, b.Id, PairPreferenceKind.FineTogether))));
    }

    [Property(MaxTest = 20)]
    public bool Results_Should_Not_Depend_On_Order_Or_Run(PositiveInt seed)
    {
        var association = Small(seed.Get);
        var shuffled = association.Businesses.OrderBy(b => (b.Id * 7919) % 101).ToList();
        var first = MatchIndex.Build(association.Businesses, association.Preferences, association.Settings);
        var second = MatchIndex.Build(shuffled, association.Preferences, association.Settings);
        return association.Businesses.All(b =>
        {
            var x = first.TopMatches(first.IndexOf(b.Id), 10).Select(h => (h.Id, h.Score));
            var y = second.TopMatches(second.IndexOf(b.Id), 10).Select(h => (h.Id, h.Score));
            return x.SequenceEqual(y);
        });
    }

    [Property(MaxTest = 30)]
    public bool Reach_Should_Never_Lift_A_Partner_Sharing_No_Interest_Above_One_Sharing_Interests_And_Ages(PositiveInt seed)
    {
        var association = Small(seed.Get);
        var index = MatchIndex.Build(association.Businesses, association.Preferences, association.Settings);
        for (var a = 0; a < index.Count; a++)
        {
            var candidates = Enumerable.Range(0, index.Count).Where(b => index.IsCompatible(a, b)).Select(b => (b, c: index.Components(a, b))).ToList();
            foreach (var (x, cx) in candidates.Where(p => p.c.Interests == 0))
            {
                // y shares interests and at least x's ages, area, season and customer type: whatever x's reach, y ranks higher.
                var beaten = candidates.Any(p => p.c.Interests > 0 && p.c.Age > 0 && p.c.Age >= cx.Age && p.c.Area >= cx.Area
                    && p.c.Season >= cx.Season && p.c.CustomerType >= cx.CustomerType && index.Score(a, p.b) <= index.Score(a, x));
                if (beaten)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(MaxTest = 30)]
    public bool Reach_Should_Add_At_Most_Its_Weight_Times_The_Shared_Audience(PositiveInt seed)
    {
        var association = Small(seed.Get);
        var index = MatchIndex.Build(association.Businesses, association.Preferences, association.Settings);
        var weights = index.Settings.Weights;
        return Enumerable.Range(0, index.Count).All(a => Enumerable.Range(0, index.Count).Where(b => a != b).All(b =>
        {
            var c = index.Components(a, b);
            var lift = weights.Score(in c) - weights.Score(c with { NewReach = 0 });
            return lift >= 0 && lift <= (weights.NewReach * c.Interests * c.Age) + 1e-9 && (c.Interests > 0 || lift == 0);
        }));
    }
}
