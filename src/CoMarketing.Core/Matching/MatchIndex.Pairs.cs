using System.Numerics;
using System.Runtime.CompilerServices;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Matching;

/// <summary>The filters and the score of one pair, read from the columns.</summary>
public sealed partial class MatchIndex
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Every hard filter that candidate <paramref name="b"/> fails for business <paramref name="a"/>.</summary>
    public MatchExclusions Check(int a, int b)
    {
        if (a == b)
        {
            return MatchExclusions.Self;
        }

        var result = MatchExclusions.None;
        if (_archived[a] || _archived[b])
        {
            result |= MatchExclusions.Archived;
        }

        var preference = Preference(a, b);
        if ((preference & PreferenceNever) != 0)
        {
            result |= MatchExclusions.NeverPair;
        }

        if ((preference & PreferenceFine) == 0)
        {
            if (SameIndustry(a, b))
            {
                result |= MatchExclusions.SameIndustry;
            }

            if (LargeOfferingOverlap(a, b))
            {
                result |= MatchExclusions.OfferingOverlap;
            }
        }

        if (!_national[a] && !_national[b] && SharedAreaCount(a, b) == 0 && !(Distance(a, b) <= _radii[a] + _radii[b]))
        {
            result |= MatchExclusions.NoSharedArea;
        }

        return result;
    }

    /// <summary>True when the pair passes every hard filter (symmetric).</summary>
    public bool IsCompatible(int a, int b) => Check(a, b) == MatchExclusions.None;

    /// <summary>The score components of candidate <paramref name="b"/> for business <paramref name="a"/>.</summary>
    public MatchComponents Components(int a, int b)
    {
        var distance = Distance(a, b);
        return ComponentsCore(a, b, distance);
    }

    /// <summary>The new reach candidate <paramref name="b"/> brings to business <paramref name="a"/>, in people.</summary>
    public double NewReach(int a, int b) => ReachModel.NewReach(_reach[a], _reach[b], Settings.Population);

    /// <summary>The score 0–100 of candidate <paramref name="b"/> for business <paramref name="a"/> (filters not applied).</summary>
    public double Score(int a, int b)
    {
        var c = Components(a, b);
        return MatchWeights.WithBoost(Settings.Weights.Score(in c), Boost(a, b));
    }

    /// <summary>The outcome boost of the pair in points (<see cref="MatchOutcomes"/>; 0 without earlier results).</summary>
    public double Boost(int a, int b) => _maxBoost[a] > 0 ? Settings.Outcomes.Boost(_businesses[a], _businesses[b]) : 0;

    private MatchComponents ComponentsCore(int a, int b, double distance)
    {
        var age = AgeSimilarity(a, b);
        var interests = AudienceAt(a, b);
        var area = Area(a, b, distance);
        var season = MonthOverlap(_months[a], _months[b]);
        var customerType = CustomerTypeFit(_customerTypes[a], _customerTypes[b]);
        var newReach = NewReachShare(a, b);
        return new MatchComponents(age, interests, area, season, customerType, newReach);
    }

    private byte Preference(int a, int b)
    {
        int start = _preferenceStart[a], count = _preferenceStart[a + 1] - start;
        if (count == 0)
        {
            return 0;
        }

        // The other ends are sorted by position.
        var p = _preferenceOther.AsSpan(start, count).BinarySearch(b);
        return p >= 0 ? _preferenceKind[start + p] : (byte)0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool SameIndustry(int a, int b)
        => _classes[a] == _classes[b] && _classes[a] >= 0
            && (!Settings.SmallTownMode || _subclasses[a] < 0 || _subclasses[b] < 0 || _subclasses[a] == _subclasses[b]);

    private bool LargeOfferingOverlap(int a, int b)
    {
        int i = _offeringStart[a], iEnd = _offeringStart[a + 1], j = _offeringStart[b], jEnd = _offeringStart[b + 1];
        if (i == iEnd || j == jEnd)
        {
            return false;
        }

        var shared = 0;
        while (i < iEnd && j < jEnd)
        {
            var x = _offerings[i];
            var y = _offerings[j];
            if (x == y)
            {
                shared++;
                i++;
                j++;
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return CompetitionRules.IsLargeOfferingOverlap(shared, _offeringStart[a + 1] - _offeringStart[a], _offeringStart[b + 1] - _offeringStart[b]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SharedAreaCount(int a, int b)
    {
        var words = _areaWords;
        int ra = a * words, rb = b * words, shared = 0;
        for (var w = 0; w < words; w++)
        {
            shared += BitOperations.PopCount(_areas[ra + w] & _areas[rb + w]);
        }

        return shared;
    }

    /// <summary>Great-circle distance between the catchment centres (NaN when a side has no catchment).</summary>
    /// <remarks>The same expression as <see cref="Geography.GeoPoint.DistanceKmTo"/>, so both agree to the last bit.</remarks>
    private double Distance(int a, int b)
    {
        if (_radii[a] <= 0 || _radii[b] <= 0)
        {
            return double.NaN;
        }

        return HaversineKm(_latitudes[a], _longitudes[a], _latitudes[b], _longitudes[b]);
    }

    private static double HaversineKm(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private double AgeSimilarity(int a, int b)
    {
        var ages = _ages;
        int ra = a * IndexColumns.AgeStride, rb = b * IndexColumns.AgeStride;
        var total = 0.0;
        for (var k = 0; k < AgeBands.Count; k++)
        {
            total += Math.Min(ages[ra + k], ages[rb + k]);
        }

        return Math.Clamp(total, 0, 1);
    }

    /// <summary>
    /// <see cref="ReachModel.NewReachShare"/> of <see cref="ReachModel.NewReach"/>, the same expressions with the
    /// reach-over-population ratios read from the columns, so the value is the same to the last bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double NewReachShare(int a, int b)
    {
        var population = (double)Settings.Population;
        var own = _reach[a];
        var combined = population * (1 - ((1 - _reachRatios[a]) * (1 - _reachRatios[b])));
        var gained = Math.Max(0, combined - own);
        var total = own + gained;
        return total <= 0 ? 0 : gained / total;
    }

    /// <summary>
    /// The interest component: the larger of the interest overlap and the complementarity of the two industries
    /// (<see cref="IndustryComplements"/>, its percent / 100).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double AudienceAt(int a, int b) => Math.Max(InterestOverlapAt(a, b), ComplementAt(a, b));

    /// <summary>The complementarity 0–1 of the two businesses' industries: the table's percent / 100, 0 when unlisted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double ComplementAt(int a, int b) => _complementFractions[(_complementGroups[a] * _complementStride) + _complementGroups[b]];

    /// <summary>
    /// <see cref="InterestOverlap.Of"/> from the bitsets: 200 times its weight per shared tag, and for each unshared tag
    /// its weight times the percent of the highest level whose related-tag bitset of the other side holds it; divided
    /// once, as there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double InterestOverlapAt(int a, int b)
    {
        if (_interestCounts[a] + _interestCounts[b] == 0)
        {
            return 0;
        }

        var words = _interestWords;
        long points = 0;
        for (var w = 0; w < words; w++)
        {
            points += 200L * WeightOf(_interests[(a * words) + w] & _interests[(b * words) + w], w);
        }

        if (_relatedLevels.Length != 0)
        {
            points += RelatedPoints(a, b) + RelatedPoints(b, a);
        }

        return (double)points / (100L * (_interestWeights[a] + _interestWeights[b]));
    }

    /// <summary>The summed weights of the tags whose bits are set in word <paramref name="word"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long WeightOf(ulong bits, int word)
    {
        long total = 0;
        var weights = _tagWeights;
        for (; bits != 0; bits &= bits - 1)
        {
            total += weights[(word << 6) + BitOperations.TrailingZeroCount(bits)];
        }

        return total;
    }

    /// <summary>The weighted percents of the tags of <paramref name="from"/> that <paramref name="to"/> lacks, each at its best level.</summary>
    private long RelatedPoints(int from, int to)
    {
        var words = _interestWords;
        var levels = _relatedLevels;
        var stride = levels.Length * words;
        long points = 0;
        for (var w = 0; w < words; w++)
        {
            var remaining = _interests[(from * words) + w] & ~_interests[(to * words) + w];
            for (var k = 0; k < levels.Length && remaining != 0; k++)
            {
                var hits = remaining & _related[(to * stride) + (k * words) + w];
                points += levels[k] * WeightOf(hits, w);
                remaining &= ~hits;
            }
        }

        return points;
    }

    private double Area(int a, int b, double distance)
    {
        if (_national[a] || _national[b])
        {
            return _national[a] && _national[b] ? 1 : 0.5;
        }

        var shared = SharedAreaCount(a, b);
        var places = (double)shared / (_areaCounts[a] + _areaCounts[b] - shared);
        var closeness = double.IsNaN(distance) ? 0 : Math.Max(0, 1 - (distance / (_radii[a] + _radii[b])));
        return Math.Max(places, closeness);
    }

    /// <summary>The overlap coefficient of two month masks: shared months over the months of the shorter season.</summary>
    private static double MonthOverlap(int a, int b)
    {
        var shorter = Math.Min(BitOperations.PopCount((uint)a), BitOperations.PopCount((uint)b));
        return shorter == 0 ? 0 : (double)BitOperations.PopCount((uint)(a & b)) / shorter;
    }

    private static double CustomerTypeFit(byte a, byte b)
        => a == b ? 1 : (a == (byte)CustomerType.Both || b == (byte)CustomerType.Both ? 0.5 : 0);
}
