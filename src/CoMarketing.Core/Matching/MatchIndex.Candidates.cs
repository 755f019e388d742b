namespace CoMarketing.Core.Matching;

/// <summary>Walking the inverted lists: each candidate that can share a local business's area, exactly once.</summary>
public sealed partial class MatchIndex
{
    /// <summary>The local businesses serving a municipality the business serves, its own municipality first.</summary>
    /// <remarks>
    /// A candidate serving several of these municipalities is scored only from the first list that holds it: the
    /// municipalities already walked are kept as a bitset and a candidate serving any of them is skipped.
    /// </remarks>
    private void ScanPlaces(in BoundQuery q, Span<MatchHit> heap, ref int size)
    {
        var a = q.Index;
        var words = _areaWords;
        Span<ulong> walked = words <= 16 ? stackalloc ulong[16] : new ulong[words];
        walked = walked[..words];
        walked.Clear();
        var home = _homePlaces[a];
        ScanPlace(in q, home, walked, false, heap, ref size);
        walked[home >> 6] |= 1UL << (home & 63);
        for (var w = 0; w < words; w++)
        {
            for (var bits = _areas[(a * words) + w]; bits != 0; bits &= bits - 1)
            {
                var place = (w * 64) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                if (place != home)
                {
                    ScanPlace(in q, place, walked, true, heap, ref size);
                    walked[w] |= 1UL << (place & 63);
                }
            }
        }
    }

    // The first list walked has nothing to skip: its members' municipalities are not read at all.
    private void ScanPlace(in BoundQuery q, int place, ReadOnlySpan<ulong> walked, bool skipWalked, Span<MatchHit> heap, ref int size)
    {
        var a = q.Index;
        var members = _lists.PlaceMembers;
        var words = _areaWords;
        for (var k = _lists.PlaceStart[place]; k < _lists.PlaceStart[place + 1]; k++)
        {
            var b = members[k];
            if (b == a)
            {
                continue;
            }

            var row = b * words;
            var seen = false;
            for (var w = 0; w < words && skipWalked && !seen; w++)
            {
                seen = (_areas[row + w] & walked[w]) != 0;
            }

            if (!seen)
            {
                Consider(in q, b, 1, false, heap, ref size);
            }
        }
    }

    /// <summary>
    /// The local businesses sharing no municipality whose catchment can overlap the business's own. Per radius
    /// tier, only the latitude band that a centre within reach can lie in is walked: the great-circle distance is
    /// at least the Earth's radius times the difference in latitude.
    /// </summary>
    private void ScanCatchments(in BoundQuery q, Span<MatchHit> heap, ref int size)
    {
        var a = q.Index;
        var radius = _radii[a];
        if (radius <= 0)
        {
            return;
        }

        var latitude = _latitudes[a];
        var latitudes = _lists.TierLatitudes;
        var members = _lists.TierMembers;
        for (var t = 0; t < _lists.TierMaxRadius.Length; t++)
        {
            int start = _lists.TierStart[t], end = _lists.TierStart[t + 1];
            if (start == end)
            {
                continue;
            }

            // Generous on rounding: a band slightly too wide only costs a few chord checks.
            var reachKm = ((radius + _lists.TierMaxRadius[t]) * (1 + 1e-9)) + 1e-3;
            var band = (reachKm / EarthRadiusKm * 180 / Math.PI) + 1e-9;
            var highest = latitude + band;
            for (var k = start + LowerBound(latitudes.AsSpan(start, end - start), latitude - band); k < end && latitudes[k] <= highest; k++)
            {
                var b = members[k];
                if (SharedAreaCount(a, b) != 0)
                {
                    // Already met in a municipality list (the business itself too).
                    continue;
                }

                var radiusSum = radius + _radii[b];
                var chord = ChordKm(a, b);
                if (chord > (radiusSum * (1 + 1e-9)) + 1e-6)
                {
                    continue;
                }

                // Sharing no municipality, the area is the closeness 1 − distance / (r₁ + r₂), and the chord is at
                // most the distance.
                var lowest = (chord * (1 - 1e-9)) - 1e-6;
                Consider(in q, b, Math.Max(0, 1 - (lowest / radiusSum)), true, heap, ref size);
            }
        }
    }

    /// <summary>
    /// A business reaching customers nationally shares an area with everyone: the national candidates first (their
    /// area is whole), then every local one (their area is one half).
    /// </summary>
    private void ScanEveryone(in BoundQuery q, Span<MatchHit> heap, ref int size)
    {
        var a = q.Index;
        foreach (var b in _lists.National)
        {
            if (b != a)
            {
                Consider(in q, b, 1, false, heap, ref size);
            }
        }

        for (var b = 0; b < Count; b++)
        {
            if (!_national[b] && !_archived[b])
            {
                Consider(in q, b, 0.5, false, heap, ref size);
            }
        }
    }

    /// <summary>The first position whose value is at least <paramref name="value"/> in an ascending span.</summary>
    private static int LowerBound(ReadOnlySpan<double> sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
