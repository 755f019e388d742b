using System.Collections.Frozen;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Matching;

/// <summary>
/// The curated table of related interest tags (<c>data/interest-affinities.csv</c>): through it, related tags count partly
/// in the interest part of a match score (see <see cref="InterestOverlap"/>).
/// </summary>
public sealed class InterestAffinities
{
    private readonly FrozenDictionary<(string, string), int> _percents;
    private readonly FrozenDictionary<string, (InterestTag Related, int Percent)[]> _related;

    /// <summary>The table of the given pairs; a pair listed twice (in either order) is refused.</summary>
    public InterestAffinities(IEnumerable<InterestAffinity> affinities)
    {
        ArgumentNullException.ThrowIfNull(affinities);
        All = [.. affinities];
        var percents = new Dictionary<(string, string), int>();
        foreach (var a in All)
        {
            if (!percents.TryAdd((a.Tag.Value, a.Related.Value), a.Percent) || !percents.TryAdd((a.Related.Value, a.Tag.Value), a.Percent))
            {
                throw new DomainException($"The related interests '{a.Tag}' and '{a.Related}' are listed twice.");
            }
        }

        _percents = percents.ToFrozenDictionary();
        _related = percents.GroupBy(p => p.Key.Item1, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => (InterestTag.Parse(p.Key.Item2), p.Value)).OrderByDescending(p => p.Value).ThenBy(p => p.Item1).ToArray(), StringComparer.Ordinal);
        Levels = [.. All.Select(a => a.Percent).Distinct().OrderDescending()];
    }

    /// <summary>No related tags: only shared tags count.</summary>
    public static InterestAffinities Empty { get; } = new([]);

    /// <summary>The pairs, as given.</summary>
    public IReadOnlyList<InterestAffinity> All { get; }

    /// <summary>The distinct percents of the table, highest first.</summary>
    public IReadOnlyList<int> Levels { get; }

    /// <summary>How much <paramref name="b"/> counts for <paramref name="a"/>: 100 for the same tag, its percent when related, else 0.</summary>
    public int Percent(InterestTag a, InterestTag b)
        => a == b ? 100 : a.Value is not null && b.Value is not null && _percents.TryGetValue((a.Value, b.Value), out var p) ? p : 0;

    /// <summary>The tags related to <paramref name="tag"/>, most related first.</summary>
    public IReadOnlyList<(InterestTag Related, int Percent)> RelatedTo(InterestTag tag)
        => tag.Value is not null && _related.TryGetValue(tag.Value, out var list) ? list : [];
}
