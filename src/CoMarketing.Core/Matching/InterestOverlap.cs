using System.Collections.Immutable;
using CoMarketing.Core.Audiences;

namespace CoMarketing.Core.Matching;

/// <summary>
/// The interest part of a match: shared tags fully, related tags partly (<see cref="InterestAffinities"/>), each tag
/// weighted by how specific it is (<see cref="InterestSpecificity"/>).
/// </summary>
/// <remarks>
/// Each tag of one side that the other lacks counts the percent of its best related tag on the other side (0 when
/// none is related). With w(t) the tag's weight, the overlap is
/// <c>(Σ_shared 200·w + Σ_unshared w·percent, both ways) / (100 · (Σ_A w + Σ_B w))</c>, computed in whole numbers and
/// divided once, so every caller gets the same value to the last bit. With equal weights and no related tags it is the
/// Dice overlap <c>2 |A∩B| / (|A| + |B|)</c>; 0 when neither side has tags.
/// </remarks>
public static class InterestOverlap
{
    /// <summary>The overlap 0–1 of two tag sets; <paramref name="weight"/> gives each tag's weight (1 when null).</summary>
    public static double Of(
        ImmutableSortedSet<InterestTag> a, ImmutableSortedSet<InterestTag> b, InterestAffinities affinities, Func<InterestTag, int>? weight = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(affinities);
        if (a.Count + b.Count == 0)
        {
            return 0;
        }

        weight ??= _ => 1;
        var total = a.Sum(t => (long)weight(t)) + b.Sum(t => (long)weight(t));
        var points = a.Intersect(b).Sum(t => 200L * weight(t)) + Related(a, b, affinities, weight) + Related(b, a, affinities, weight);
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

    private static long Related(ImmutableSortedSet<InterestTag> from, ImmutableSortedSet<InterestTag> to, InterestAffinities affinities, Func<InterestTag, int> weight)
        => from.Except(to).Sum(t => (long)weight(t) * Best(t, to, affinities).Percent);

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
