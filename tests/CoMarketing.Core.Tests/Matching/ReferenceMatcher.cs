using CoMarketing.Core.Businesses;
using CoMarketing.Core.Matching;

namespace CoMarketing.Core.Tests.Matching;

/// <summary>
/// The oracle: DESIGN.md's partner matching written the plain way, over objects with LINQ, with no index.
/// The fast <see cref="MatchIndex"/> must rank exactly like it. Also linked into the benchmarks as the naive version.
/// </summary>
public sealed class ReferenceMatcher(IReadOnlyList<Business> businesses, IReadOnlyList<PairPreference> preferences, MatchSettings settings)
{
    private readonly ILookup<(long, long), PairPreferenceKind> _marks = preferences
        .SelectMany(p => new[] { ((p.From, p.To), p.Kind), ((p.To, p.From), p.Kind) })
        .ToLookup(x => x.Item1, x => x.Kind);

    // round(100 · ln(1 + N / n)) for a tag listed by n of the N businesses.
    private readonly Dictionary<CoMarketing.Core.Audiences.InterestTag, int> _specificity = businesses
        .SelectMany(b => b.Audience.Interests)
        .GroupBy(t => t)
        .ToDictionary(g => g.Key, g => (int)Math.Round(100 * Math.Log(1 + ((double)businesses.Count / g.Count())), MidpointRounding.AwayFromZero));

    private int P => settings.Population;

    public IReadOnlyList<(long Id, double Score)> Top(long businessId, int top)
    {
        var a = businesses.Single(b => b.Id == businessId);
        return [.. businesses
            .Where(b => IsMatch(a, b))
            .Select(b => (b.Id, Score: Score(a, b)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Id)
            .Take(top)];
    }

    public bool IsMatch(Business a, Business b)
    {
        if (a.Id == b.Id || a.Archived || b.Archived)
        {
            return false;
        }

        var marks = _marks[(a.Id, b.Id)];
        if (marks.Contains(PairPreferenceKind.NeverPair))
        {
            return false;
        }

        var fine = marks.Contains(PairPreferenceKind.FineTogether);
        return (fine || !IsCompetitor(a, b)) && SharesArea(a, b);
    }

    public bool IsCompetitor(Business a, Business b)
    {
        var sameClass = !a.Industry.IsUnknown && !b.Industry.IsUnknown && a.Industry.Class == b.Industry.Class
            && (!settings.SmallTownMode || a.Industry.Subclass is null || b.Industry.Subclass is null || a.Industry.Subclass == b.Industry.Subclass);
        var shared = a.Offerings.Intersect(b.Offerings).Count();
        var union = a.Offerings.Union(b.Offerings).Count();
        var overlap = shared > 0 && shared >= Math.Min(2, Math.Min(a.Offerings.Count, b.Offerings.Count)) && (double)shared / union >= 0.5;
        return sameClass || overlap;
    }

    public static bool SharesArea(Business a, Business b)
        => a.Audience.National || b.Audience.National
            || Area(a).Intersect(Area(b)).Any()
            || (a.Catchment is not null && b.Catchment is not null && a.Catchment.Overlaps(b.Catchment));

    public MatchComponents Components(Business a, Business b)
    {
        var age = a.Audience.Ages.Similarity(b.Audience.Ages);
        var interests = Math.Max(
            InterestOverlap.Of(a.Audience.Interests, b.Audience.Interests, settings.Affinities, t => _specificity[t]),
            settings.Complements.Percent(a.Industry, b.Industry) / 100.0);
        var shorter = Math.Min(a.Audience.Months.Count, b.Audience.Months.Count);
        var season = shorter == 0 ? 0 : (double)a.Audience.Months.Months.Intersect(b.Audience.Months.Months).Count() / shorter;
        var customerType = a.CustomerType == b.CustomerType ? 1
            : a.CustomerType == CustomerType.Both || b.CustomerType == CustomerType.Both ? 0.5 : 0;
        var ra = Reach(a);
        var combined = P * (1 - ((1 - (ra / P)) * (1 - (Reach(b) / P))));
        var gained = Math.Max(0, combined - ra);
        var newReach = ra + gained <= 0 ? 0 : gained / (ra + gained);
        return new MatchComponents(age, interests, AreaOverlap(a, b), season, customerType, newReach);
    }

    /// <summary>Audience first (interests count as far as the ages meet), reach only with a shared audience, then the outcome boost.</summary>
    public double Score(Business a, Business b)
    {
        var c = Components(a, b);
        var w = settings.Weights;
        var score = (w.Age * c.Age) + (w.Interests * c.Interests * c.Age) + (w.Area * c.Area) + (w.Season * c.Season)
            + (w.CustomerType * c.CustomerType) + (w.NewReach * c.NewReach * c.Interests * c.Age);
        var boost = settings.Outcomes.Boost(a, b);
        return boost > 0 ? Math.Min(100, score + boost) : score;
    }

    public double Reach(Business b)
        => P * (1 - b.Channels.Aggregate(1.0, (missed, c) => missed * (1 - (Math.Min((double)c.AudienceSize, P) / P))));

    private static double AreaOverlap(Business a, Business b)
    {
        if (a.Audience.National || b.Audience.National)
        {
            return a.Audience.National && b.Audience.National ? 1 : 0.5;
        }

        var places = (double)Area(a).Intersect(Area(b)).Count() / Area(a).Union(Area(b)).Count();
        var closeness = a.Catchment is null || b.Catchment is null ? 0
            : Math.Max(0, 1 - (a.Catchment.Centre.DistanceKmTo(b.Catchment.Centre) / (a.Catchment.RadiusKm + b.Catchment.RadiusKm)));
        return Math.Max(places, closeness);
    }

    private static IEnumerable<CoMarketing.Core.Geography.MunicipalityCode> Area(Business b) => b.Audience.Municipalities.Add(b.Municipality);
}
