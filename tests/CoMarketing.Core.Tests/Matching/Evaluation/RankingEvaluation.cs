using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Tests.Matching.Evaluation;

/// <summary>
/// How well a ranking agrees with an adviser's partner sets: hit@3 (the share of members with an expert partner among
/// their first three suggestions) and the mean reciprocal rank of the first expert partner (0 when none is ranked).
/// </summary>
/// <param name="Ranks">Per labelled member, the 1-based rank of its first expert partner, or null when none is ranked.</param>
internal sealed record RankingEvaluation(IReadOnlyDictionary<long, int?> Ranks)
{
    public double HitAt3 => Ranks.Values.Count(r => r <= 3) / (double)Ranks.Count;

    public double MeanReciprocalRank => Ranks.Values.Sum(r => r is { } rank ? 1.0 / rank : 0) / Ranks.Count;

    /// <summary>Evaluates <paramref name="rank"/> (a member id → every partner id, best first) against the sets.</summary>
    public static RankingEvaluation Of(IReadOnlyDictionary<long, IReadOnlySet<long>> experts, Func<long, IReadOnlyList<long>> rank)
    {
        var ranks = new Dictionary<long, int?>();
        foreach (var (member, partners) in experts)
        {
            var ranking = rank(member);
            var first = ranking.Select((id, i) => (id, i)).FirstOrDefault(x => partners.Contains(x.id), (-1, -1)).Item2;
            ranks[member] = first < 0 ? null : first + 1;
        }

        return new RankingEvaluation(ranks);
    }

    /// <summary>One line per member: its first three suggestions and where its first expert partner came.</summary>
    public IEnumerable<string> Lines(IReadOnlyList<Business> businesses, Func<long, IReadOnlyList<long>> rank)
    {
        var names = businesses.ToDictionary(b => b.Id, b => b.Name);
        return Ranks.OrderBy(r => r.Key).Select(r =>
            $"{names[r.Key],-32} first expert at {(r.Value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-"),2}; top 3: {string.Join(", ", rank(r.Key).Take(3).Select(id => names[id]))}");
    }
}
