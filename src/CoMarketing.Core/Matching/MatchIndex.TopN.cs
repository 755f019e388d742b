using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Matching;

/// <summary>
/// Ranking: the candidates that can share the business's area, each scored against a bounded heap, no allocation
/// per candidate.
/// </summary>
public sealed partial class MatchIndex
{
    /// <summary>Room left for rounding when an upper bound of a score is compared with the kept hits.</summary>
    private const double BoundSlack = 1e-9;

    /// <summary>
    /// The best <paramref name="top"/> matches for the business at <paramref name="index"/>: candidates passing every
    /// hard filter, by score descending, then id ascending. An archived business gets none.
    /// </summary>
    public MatchHit[] TopMatches(int index, int top)
    {
        if (top <= 0)
        {
            throw DomainException.Of("MatchTopTooSmall", top);
        }

        var buffer = new MatchHit[Math.Min(top, Math.Max(Count, 1))];
        var count = TopMatches(index, buffer);
        return count == buffer.Length ? buffer : buffer[..count];
    }

    /// <summary>Fills <paramref name="destination"/> with the best matches, best first; returns how many were found.</summary>
    /// <remarks>
    /// A business reaching customers nationally is compared with every other; a local one only with the businesses
    /// serving one of its municipalities (its own first, so the heap fills with close partners early), those whose
    /// catchment can overlap its own, and the national ones. The ranking is the same as a scan of every pair: the
    /// other candidates fail the area filter.
    /// </remarks>
    public int TopMatches(int index, Span<MatchHit> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        if (_archived[index] || destination.Length == 0)
        {
            return 0;
        }

        var size = 0;
        var query = Query(index);
        if (_national[index])
        {
            ScanEveryone(in query, destination, ref size);
        }
        else
        {
            ScanPlaces(in query, destination, ref size);
            ScanCatchments(in query, destination, ref size);
            foreach (var j in _lists.National)
            {
                // A national candidate's area is one half for a local business.
                Consider(in query, j, 0.5, false, destination, ref size);
            }
        }

        destination[..size].Sort(default(MatchHitOrder));
        return size;
    }

    /// <summary>Every non-archived member's top matches, computed in parallel; entry i belongs to index position i.</summary>
    public MatchHit[][] TopMatchesForAll(int top)
    {
        if (top <= 0)
        {
            throw DomainException.Of("MatchTopTooSmall", top);
        }

        var results = new MatchHit[Count][];
        Parallel.For(0, Count, i => results[i] = TopMatches(i, top));
        return results;
    }

    /// <summary>What the upper bound needs of business <paramref name="a"/>.</summary>
    private BoundQuery Query(int a)
    {
        var ages = _ages.AsSpan(a * IndexColumns.AgeStride, IndexColumns.AgeStride);
        return new BoundQuery(a, Vector256.Create<double>(ages), Vector256.Create<double>(ages[4..]), _months[a], _customerTypes[a] * 3,
            _interestCounts[a], _reach[a], 1 - _reachRatios[a], BitOperations.PopCount((uint)_months[a]), _maxBoost[a], TopWeights(a),
            _complementGroups[a] * _complementStride);
    }

    /// <summary>
    /// Keeps candidate <paramref name="b"/> when it ranks among the best. Once the heap is full, an upper bound of the
    /// score (every part but the area as computed cheaply, the area as bounded by the caller) rejects most
    /// candidates before the exact score, the distance, the preferences and the competitor rules are looked at.
    /// </summary>
    /// <param name="q">The business being matched.</param>
    /// <param name="b">The candidate.</param>
    /// <param name="areaBound">At least the area component of the pair (0–1).</param>
    /// <param name="catchmentOnly">True when the pair shares no municipality and neither is national: it is a
    /// match only when the catchments overlap.</param>
    /// <param name="heap">The kept hits, the worst at the root.</param>
    /// <param name="size">How many hits the heap holds.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Consider(in BoundQuery q, int b, double areaBound, bool catchmentOnly, Span<MatchHit> heap, ref int size)
    {
        if (size == heap.Length && UpperBound(in q, b, areaBound) < heap[0].Score - BoundSlack)
        {
            return;
        }

        Score(q.Index, b, catchmentOnly, heap, ref size);
    }

    /// <summary>The score with the given area bound, computed cheaply in another order (so equal up to rounding).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double UpperBound(in BoundQuery q, int b, double areaBound)
    {
        var weights = Settings.Weights;
        var interests = Math.Max(InterestBound(in q, b), _complementFractions[q.ComplementRow + _complementGroups[b]]);
        var monthsB = _months[b];

        // b < Count, so its padded row of eight weights lies inside the array.
        ref var ages = ref MemoryMarshal.GetArrayDataReference(_ages);
        var row = (nuint)b * IndexColumns.AgeStride;
        var age = Vector256.Sum(Vector256.Min(q.AgeLow, Vector256.LoadUnsafe(ref ages, row))
            + Vector256.Min(q.AgeHigh, Vector256.LoadUnsafe(ref ages, row + 4)));
        var gained = Math.Max(0, (Settings.Population * (1 - (q.Missed * (1 - _reachRatios[b])))) - q.Reach);
        var total = q.Reach + gained;
        var audience = interests * age;
        return _bounds.CustomerType[q.CustomerRow + _customerTypes[b]]
            + _bounds.Season[(BitOperations.PopCount((uint)(q.Months & monthsB)) * 13) + Math.Min(q.MonthCount, BitOperations.PopCount((uint)monthsB))]
            + (weights.Interests * audience)
            + (weights.Age * age)
            + (total <= 0 ? 0 : weights.NewReach * audience * gained / total)
            + (weights.Area * areaBound)
            + q.MaxBoost;
    }

    /// <summary>
    /// At least the interest overlap, from bit counts only: the shared tags and the query's related ones weigh at most
    /// its heaviest tags, the candidate's related ones at most the heaviest tag, every related tag the highest level.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double InterestBound(in BoundQuery q, int b)
    {
        var a = q.Index;
        if (q.InterestCount + _interestCounts[b] == 0)
        {
            return 0;
        }

        var words = _interestWords;
        int shared = 0, relatedA = 0, relatedB = 0;
        for (var w = 0; w < words; w++)
        {
            ulong x = _interests[(a * words) + w], y = _interests[(b * words) + w];
            shared += BitOperations.PopCount(x & y);
            if (_relatedLevels.Length != 0)
            {
                relatedA += BitOperations.PopCount(x & ~y & _relatedAny[(b * words) + w]);
                relatedB += BitOperations.PopCount(y & ~x & _relatedAny[(a * words) + w]);
            }
        }

        var top = q.TopWeights;
        var level = _relatedLevels.Length == 0 ? 0 : _relatedLevels[0];
        var points = (200L * top[shared]) + (level * (top[shared + relatedA] - top[shared])) + (level * relatedB * _maxTagWeight);
        return Math.Min(1, (double)points / (100L * (_interestWeights[a] + _interestWeights[b])) * (1 + 1e-12));
    }

    /// <summary>The prefix sums of business <paramref name="a"/>'s tag weights, heaviest first.</summary>
    private long[] TopWeights(int a)
    {
        var words = _interestWords;
        var weights = new List<int>(_interestCounts[a]);
        for (var w = 0; w < words; w++)
        {
            for (var bits = _interests[(a * words) + w]; bits != 0; bits &= bits - 1)
            {
                weights.Add(_tagWeights[(w << 6) + BitOperations.TrailingZeroCount(bits)]);
            }
        }

        weights.Sort((x, y) => y.CompareTo(x));
        var sums = new long[weights.Count + 1];
        for (var k = 0; k < weights.Count; k++)
        {
            sums[k + 1] = sums[k] + weights[k];
        }

        return sums;
    }

    /// <summary>Scores a candidate that passed the cheap bound, with tighter bounds before the costlier parts.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Score(int a, int b, bool catchmentOnly, Span<MatchHit> heap, ref int size)
    {
        var weights = Settings.Weights;
        var worst = size == heap.Length ? heap[0].Score - BoundSlack : double.NegativeInfinity;
        var customerType = CustomerTypeFit(_customerTypes[a], _customerTypes[b]);
        var season = MonthOverlap(_months[a], _months[b]);
        var interests = AudienceAt(a, b);
        var newReach = NewReachShare(a, b);
        var age = AgeSimilarity(a, b);
        var known = (weights.CustomerType * customerType) + (weights.Season * season) + (weights.Interests * interests * age)
            + (weights.NewReach * newReach * interests * age) + (weights.Age * age);
        if (known + weights.Area + _maxBoost[a] < worst)
        {
            // Even a perfect area overlap would not reach the kept hits.
            return;
        }

        var distance = double.NaN;
        if (catchmentOnly)
        {
            distance = Distance(a, b);
            if (!(distance <= _radii[a] + _radii[b]))
            {
                return;
            }
        }

        var preference = Preference(a, b);
        if ((preference & PreferenceNever) != 0
            || ((preference & PreferenceFine) == 0 && (SameIndustry(a, b) || LargeOfferingOverlap(a, b))))
        {
            return;
        }

        var components = new MatchComponents(age, interests, AreaForScan(a, b, distance), season, customerType, newReach);
        var score = MatchWeights.WithBoost(weights.Score(in components), _maxBoost[a] > 0 ? Boost(a, b) : 0);
        var id = _ids[b];
        if (size < heap.Length)
        {
            heap[size] = new MatchHit(b, id, score);
            SiftUp(heap, size);
            size++;
        }
        else if (MatchHitOrder.RanksBelow(heap[0].Score, heap[0].Id, score, id))
        {
            heap[0] = new MatchHit(b, id, score);
            SiftDown(heap, size);
        }
    }

    /// <summary>A lower bound of the great-circle distance between two catchment centres: the chord through the Earth.</summary>
    private double ChordKm(int a, int b)
    {
        var (dx, dy, dz) = (_xs[a] - _xs[b], _ys[a] - _ys[b], _zs[a] - _zs[b]);
        return EarthRadiusKm * Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz));
    }

    /// <summary>
    /// The same value as the area component of <see cref="ComponentsCore"/>, computing the catchment distance only
    /// when the closeness could beat the shared-municipality overlap.
    /// </summary>
    private double AreaForScan(int a, int b, double distance)
    {
        if (_national[a] || _national[b] || !double.IsNaN(distance) || _radii[a] <= 0 || _radii[b] <= 0)
        {
            return Area(a, b, distance);
        }

        var shared = SharedAreaCount(a, b);
        var places = (double)shared / (_areaCounts[a] + _areaCounts[b] - shared);
        var lowest = (ChordKm(a, b) * (1 - 1e-9)) - 1e-6;
        return 1 - (lowest / (_radii[a] + _radii[b])) <= places ? places : Area(a, b, Distance(a, b));
    }
}
