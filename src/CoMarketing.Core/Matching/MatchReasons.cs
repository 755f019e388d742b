using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Matching;

/// <summary>Puts a match and an exclusion into words (<see cref="MatchTexts"/>).</summary>
/// <remarks>
/// Reasons come in this order: shared audience and place, earlier joint results, new reach, industries (complementary
/// ones named as such, <see cref="IndustryComplements"/>), shared interests, related interests, seasons, customer type; a reason is left out when there is nothing good to say (no
/// shared age band, no new reach...).
/// The shared age span is the band both reach most (the larger of the two weights' minimum) widened to neighbouring
/// bands where both still reach at least 60 % as much; it needs at least <see cref="MinSharedAgeWeight"/>.
/// </remarks>
public static partial class MatchReasons
{
    /// <summary>The least share of both audiences in a band for the band to be named.</summary>
    public const double MinSharedAgeWeight = 0.1;

    private static readonly int[] BandFrom = [0, 18, 25, 35, 45, 55, 65];
    private static readonly int[] BandTo = [17, 24, 34, 44, 54, 64, int.MaxValue];

    /// <summary>Why <paramref name="candidate"/> is a good partner for <paramref name="business"/>.</summary>
    public static IReadOnlyList<string> Describe(
        Business business,
        Business candidate,
        MatchComponents components,
        double newReach,
        bool fineTogether,
        bool smallTownMode,
        MatchTextOptions options,
        InterestAffinities? affinities = null,
        OutcomeEvidence? outcome = null,
        IndustryComplements? complements = null)
    {
        ArgumentNullException.ThrowIfNull(business);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(options);
        var t = MatchTexts.For(options.Language);
        var reasons = new List<string>();
        var place = Place(business, candidate, options, t);
        var ages = SharedAges(business.Audience.Ages, candidate.Audience.Ages, t);
        if (ages is not null)
        {
            reasons.Add(t.BothReach(ages, place));
        }
        else
        {
            reasons.Add(t.BothServe(place));
        }

        if (outcome is not null)
        {
            reasons.Add(Outcome(business, candidate, outcome, options, t));
        }

        var lacking = candidate.Channels.Where(c => c.AudienceSize > 0 && business.Channels.All(o => o.Kind != c.Kind))
            .OrderByDescending(c => c.AudienceSize).ThenBy(c => c.Kind).FirstOrDefault();
        if (lacking is not null)
        {
            reasons.Add(t.BringsChannel(MatchTexts.Number(lacking.AudienceSize), lacking.Kind));
        }
        else if (newReach >= 0.5)
        {
            reasons.Add(t.BringsPeople(MatchTexts.Number(newReach)));
        }

        var (a, b) = (options.NameOf(business.Industry), options.NameOf(candidate.Industry));
        if (complements?.Find(business.Industry, candidate.Industry) is { } complement)
        {
            // Complementary industries are always of different classes, and the reason says more than that.
            reasons.Add(t.Complementary(a, b, complement.Percent));
        }
        else if (business.Industry.Class != candidate.Industry.Class)
        {
            reasons.Add(t.DifferentIndustries(a, b));
        }
        else if (fineTogether)
        {
            reasons.Add(t.SameIndustryFine);
        }
        else if (smallTownMode && !CompetitionRules.SameIndustry(business.Industry, candidate.Industry, smallTownMode: true))
        {
            reasons.Add(t.SmallTown(a, b));
        }

        var interests = business.Audience.Interests.Intersect(candidate.Audience.Interests).Take(3).Select(options.NameOf).ToList();
        if (interests.Count > 0)
        {
            reasons.Add(t.SharedInterests(string.Join(", ", interests)));
        }

        if (Related(business, candidate, affinities ?? InterestAffinities.Empty, options) is { } related)
        {
            reasons.Add(t.RelatedInterests(related));
        }

        var shared = System.Numerics.BitOperations.PopCount((uint)(business.Audience.Months.Mask & candidate.Audience.Months.Mask));
        if (shared == 12)
        {
            reasons.Add(t.AllYear);
        }
        else if (shared > 0 && components.Season >= 1)
        {
            reasons.Add(t.CoversSeason(shared));
        }
        else if (components.Season >= 0.5)
        {
            reasons.Add(t.SameMonths(shared));
        }

        if (business.CustomerType == candidate.CustomerType)
        {
            reasons.Add(t.SameCustomers(business.CustomerType));
        }

        return reasons;
    }

    /// <summary>The shared age span in words ("25–44-year-olds"), or null when the audiences hardly meet.</summary>
    public static string? SharedAges(AgeDistribution a, AgeDistribution b, MatchTexts texts)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(texts);
        var shared = Enumerable.Range(0, AgeBands.Count).Select(k => Math.Min(a.Weights[k], b.Weights[k])).ToArray();
        var peak = Array.IndexOf(shared, shared.Max());
        if (shared[peak] < MinSharedAgeWeight)
        {
            return null;
        }

        var floor = Math.Max(MinSharedAgeWeight, shared[peak] * 0.6);
        var (first, last) = (peak, peak);
        while (first > 0 && shared[first - 1] >= floor)
        {
            first--;
        }

        while (last < AgeBands.Count - 1 && shared[last + 1] >= floor)
        {
            last++;
        }

        return BandTo[last] == int.MaxValue ? texts.AgeFrom(BandFrom[first]) : texts.AgeSpan(BandFrom[first], BandTo[last]);
    }

    private static string Place(Business a, Business b, MatchTextOptions options, MatchTexts t)
    {
        var areaA = a.Audience.Municipalities.Add(a.Municipality);
        var areaB = b.Audience.Municipalities.Add(b.Municipality);
        var common = areaA.Intersect(areaB);
        if (common.Count > 0)
        {
            // Name the business's own municipality first when it is shared, then the rest by code.
            var names = common.OrderBy(m => m == a.Municipality ? 0 : 1).ThenBy(m => m).Take(2).Select(options.NameOf).ToList();
            return t.InPlaces(names.Count == 1 ? names[0] : $"{names[0]} {t.And} {names[1]}");
        }

        return a.Catchment is not null && b.Catchment is not null && a.Catchment.Overlaps(b.Catchment) ? t.Nearby : t.Nationwide;
    }

    /// <summary>Each hard filter that keeps <paramref name="candidate"/> from being a match, in words.</summary>
    public static IReadOnlyList<string> DescribeExclusions(
        Business business, Business candidate, MatchExclusions exclusions, IEnumerable<PairPreference> preferences, bool smallTownMode, MatchTextOptions options)
    {
        ArgumentNullException.ThrowIfNull(business);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(options);
        var t = MatchTexts.For(options.Language);
        var failures = new List<string>();
        if (exclusions.HasFlag(MatchExclusions.Self))
        {
            return [t.Self(candidate.Name)];
        }

        if (exclusions.HasFlag(MatchExclusions.Archived))
        {
            failures.AddRange(new[] { business, candidate }.Where(x => x.Archived).Select(x => t.Archived(x.Name)));
        }

        if (exclusions.HasFlag(MatchExclusions.NeverPair))
        {
            failures.AddRange(preferences
                .Where(p => p.Kind == PairPreferenceKind.NeverPair
                    && ((p.From == business.Id && p.To == candidate.Id) || (p.From == candidate.Id && p.To == business.Id)))
                .OrderBy(p => p.From == business.Id ? 0 : 1)
                .Select(p => p.From == business.Id ? t.NeverPair(business.Name, candidate.Name) : t.NeverPair(candidate.Name, business.Name)));
        }

        if (exclusions.HasFlag(MatchExclusions.SameIndustry))
        {
            failures.Add(smallTownMode && business.Industry.Subclass is { } sub && sub == candidate.Industry.Subclass
                ? t.SameSubclass(sub, options.NameOf(business.Industry))
                : t.SameClass(business.Industry.Class, options.NameOf(business.Industry)));
        }

        if (exclusions.HasFlag(MatchExclusions.OfferingOverlap))
        {
            var shared = business.Offerings.Intersect(candidate.Offerings);
            var union = business.Offerings.Union(candidate.Offerings).Count;
            var percent = (int)Math.Round(100.0 * shared.Count / union, MidpointRounding.AwayFromZero);
            failures.Add(t.OfferingOverlap(string.Join(", ", shared.Take(3)), percent));
        }

        if (exclusions.HasFlag(MatchExclusions.NoSharedArea))
        {
            failures.Add(t.NoSharedArea);
        }

        return failures;
    }
}
