using System.Collections.Immutable;
using CoMarketing.Core.Audiences;

namespace CoMarketing.Core.Matching;

/// <summary>The interest part of a match: shared tags fully, related tags partly (<see cref="InterestAffinities"/>).</summary>
/// <remarks>
/// Each tag of one side that the other lacks counts the percent of its best related tag on the other side (0 when
/// none is related). The overlap is <c>(200 · shared + Σ those percents, both ways) / (100 · (|A| + |B|))</c>, computed in
/// whole numbers and divided once, so every caller gets the same value to the last bit. Without related tags it is
/// the Dice overlap <c>2 |A∩B| / (|A| + |B|)</c>; 0 when neither side has tags.
/// </remarks>
public static class InterestOverlap
{
    /// <summary>The overlap 0–1 of two tag sets.</summary>
    public static double Of(ImmutableSortedSet<InterestTag> a, ImmutableSortedSet<InterestTag> b, InterestAffinities affinities)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(affinities);
        var total = a.Count + b.Count;
        if (total == 0)
        {
            return 0;
        }

        var points = (200L * a.Intersect(b).Count) + Related(a, b, affinities) + Related(b, a, affinities);
        return (double)points / (100L * total);
    }

    /// <summary>The related pairs behind the overlap: each unshared tag with its best related tag on the other side.</summary>
    public static IReadOnlyList<(InterestTag Own, InterestTag Other, int Percent)> RelatedPairs(
        ImmutableSortedSet<InterestTag> own, ImmutableSortedSet<InterestTag> other, InterestAffinities affinities)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(affinities);
        var pairs = new List<(InterestTag, InterestTag, int)>();
        foreach (var t in own.Except(other))
        {
            if (Best(t, other, affinities) is { Percent: > 0 } best)
            {
                pairs.Add((t, best.Tag, best.Percent));
            }
        }

        foreach (var u in other.Except(own))
        {
            if (Best(u, own, affinities) is { Percent: > 0 } best && !pairs.Contains((best.Tag, u, best.Percent)))
            {
                pairs.Add((best.Tag, u, best.Percent));
            }
        }

        return [.. pairs.OrderByDescending(p => p.Item3).ThenBy(p => p.Item1).ThenBy(p => p.Item2)];
    }

    private static long Related(ImmutableSortedSet<InterestTag> from, ImmutableSortedSet<InterestTag> to, InterestAffinities affinities)
        => from.Except(to).Sum(t => (long)Best(t, to, affinities).Percent);

    private static (InterestTag Tag, int Percent) Best(InterestTag tag, ImmutableSortedSet<InterestTag> among, InterestAffinities affinities)
    {
        (InterestTag, int) best = (default, 0);
        foreach (var (related, percent) in affinities.RelatedTo(tag))
        {
            if (percent > best.Item2 && among.Contains(related))
            {
                best = (related, percent);
            }
        }

        return best;
    }
}
