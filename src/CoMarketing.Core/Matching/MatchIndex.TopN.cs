using CoMarketing.Core.Common;

namespace CoMarketing.Core.Matching;

/// <summary>Ranking: one linear scan over the columns with a bounded heap, no allocation per candidate.</summary>
public sealed partial class MatchIndex
{
    /// <summary>
    /// The best <paramref name="top"/> matches for the business at <paramref name="index"/>: candidates passing every
    /// hard filter, by score descending, then id ascending. An archived business gets none.
    /// </summary>
    public MatchHit[] TopMatches(int index, int top)
    {
        if (top <= 0)
        {
            throw new DomainException($"The number of matches to show must be at least 1, got {top}.");
        }

        var buffer = new MatchHit[Math.Min(top, Math.Max(Count, 1))];
        var count = TopMatches(index, buffer);
        return count == buffer.Length ? buffer : buffer[..count];
    }

    /// <summary>Fills <paramref name="destination"/> with the best matches, best first; returns how many were found.</summary>
    public int TopMatches(int index, Span<MatchHit> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        if (_archived[index] || destination.Length == 0)
        {
            return 0;
        }

        var a = index;
        var size = 0;
        var p = _preferenceStart[a];
        var pEnd = _preferenceStart[a + 1];
        var nationalA = _national[a];
        var radiusA = _radii[a];
        var weights = Settings.Weights;
        var monthsA = _months[a];
        var customerTypeA = _customerTypes[a];
        var reachA = _reach[a];
        var population = Settings.Population;
        var n = Count;
        for (var j = 0; j < n; j++)
        {
            if (j == a || _archived[j])
            {
                continue;
            }

            byte preference = 0;
            while (p < pEnd && _preferenceOther[p] < j)
            {
                p++;
            }

            if (p < pEnd && _preferenceOther[p] == j)
            {
                preference = _preferenceKind[p];
                if ((preference & PreferenceNever) != 0)
                {
                    continue;
                }
            }

            var distance = double.NaN;
            if (!nationalA && !_national[j] && SharedAreaCount(a, j) == 0)
            {
                // No municipality in common: only overlapping catchments let the pair through. A candidate whose
                // straight-line (chord) distance already exceeds the radii cannot overlap: no trigonometry for it.
                var radiusSum = radiusA + _radii[j];
                if (radiusA <= 0 || _radii[j] <= 0 || ChordKm(a, j) > (radiusSum * (1 + 1e-9)) + 1e-6)
                {
                    continue;
                }

                distance = Distance(a, j);
                if (!(distance <= radiusSum))
                {
                    continue;
                }
            }

            var age = AgeSimilarity(a, j);
            var interests = Jaccard(_interests, _interestWords, _interestCounts, a, j);
            var season = MonthOverlap(monthsA, _months[j]);
            var customerType = CustomerTypeFit(customerTypeA, _customerTypes[j]);
            var newReach = ReachModel.NewReachShare(reachA, ReachModel.NewReach(reachA, _reach[j], population));
            if (size == destination.Length
                && (weights.Age * age) + (weights.Interests * interests) + (weights.Season * season) + (weights.CustomerType * customerType)
                    + (weights.NewReach * newReach) + weights.Area + 1e-9 < destination[0].Score)
            {
                // Even a perfect area overlap would not reach the kept hits: skip the rest of the work.
                continue;
            }

            if ((preference & PreferenceFine) == 0 && (SameIndustry(a, j) || LargeOfferingOverlap(a, j)))
            {
                continue;
            }

            var components = new MatchComponents(age, interests, AreaForScan(a, j, distance), season, customerType, newReach);
            var score = weights.Score(in components);
            var id = _ids[j];
            if (size < destination.Length)
            {
                destination[size] = new MatchHit(j, id, score);
                SiftUp(destination, size);
                size++;
            }
            else if (MatchHitOrder.RanksBelow(destination[0].Score, destination[0].Id, score, id))
            {
                destination[0] = new MatchHit(j, id, score);
                SiftDown(destination, size);
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
            throw new DomainException($"The number of matches to show must be at least 1, got {top}.");
        }

        var results = new MatchHit[Count][];
        Parallel.For(0, Count, i => results[i] = TopMatches(i, top));
        return results;
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

    // The heap keeps the worst of the kept hits at the root, so a better candidate replaces it in O(log N).
    private static void SiftUp(Span<MatchHit> heap, int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!RanksBelow(heap[i], heap[parent]))
            {
                return;
            }

            (heap[i], heap[parent]) = (heap[parent], heap[i]);
            i = parent;
        }
    }

    private static void SiftDown(Span<MatchHit> heap, int size)
    {
        var i = 0;
        while (true)
        {
            int left = (2 * i) + 1, right = left + 1, worst = i;
            if (left < size && RanksBelow(heap[left], heap[worst]))
            {
                worst = left;
            }

            if (right < size && RanksBelow(heap[right], heap[worst]))
            {
                worst = right;
            }

            if (worst == i)
            {
                return;
            }

            (heap[i], heap[worst]) = (heap[worst], heap[i]);
            i = worst;
        }
    }

    private static bool RanksBelow(in MatchHit x, in MatchHit y) => MatchHitOrder.RanksBelow(x.Score, x.Id, y.Score, y.Id);
}
