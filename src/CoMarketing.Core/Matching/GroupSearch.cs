namespace CoMarketing.Core.Matching;

/// <summary>
/// Finds up to k partners for a business, pairwise compatible, that maximise the combined unique reach
/// <c>R(S) = P · (1 − Π (1 − r_i / P))</c> of the business and its partners.
/// </summary>
/// <remarks>
/// R grows with every member's reach and does not care about order, so the search is really a maximum-weight
/// clique problem on the compatibility graph. <see cref="Greedy"/> adds the compatible candidate with the largest
/// reach (ties: lower id) until k are chosen, then improves by single swaps (drop one member, take a larger
/// candidate compatible with the rest) until no swap helps. <see cref="Exhaustive"/> tries every compatible set of
/// at most k candidates; it is exact and meant for small candidate lists (tests and the gap measurement).
/// </remarks>
public static class GroupSearch
{
    /// <summary>Greedy pick plus single-swap improvement (unless <paramref name="improve"/> is false).</summary>
    public static IReadOnlyList<int> Greedy(MatchIndex index, int business, int size, bool improve = true)
    {
        ArgumentNullException.ThrowIfNull(index);
        var candidates = Candidates(index, business);
        var chosen = new List<int>();
        foreach (var c in candidates)
        {
            if (chosen.Count == size)
            {
                break;
            }

            if (chosen.TrueForAll(m => index.IsCompatible(m, c)))
            {
                chosen.Add(c);
            }
        }

        if (improve)
        {
            Improve(index, candidates, chosen, size);
        }

        return chosen;
    }

    /// <summary>The exact best set, by trying every compatible set of at most <paramref name="size"/> candidates.</summary>
    public static IReadOnlyList<int> Exhaustive(MatchIndex index, int business, int size)
    {
        ArgumentNullException.ThrowIfNull(index);
        var candidates = Candidates(index, business);
        var best = new List<int>();
        var bestReach = double.NegativeInfinity;
        var current = new List<int>();

        void Visit(int from)
        {
            var reach = Reach(index, business, current);
            if (reach > bestReach + 1e-9)
            {
                bestReach = reach;
                best = [.. current];
            }

            if (current.Count == size)
            {
                return;
            }

            for (var i = from; i < candidates.Count; i++)
            {
                var c = candidates[i];
                if (current.TrueForAll(m => index.IsCompatible(m, c)))
                {
                    current.Add(c);
                    Visit(i + 1);
                    current.RemoveAt(current.Count - 1);
                }
            }
        }

        Visit(0);
        return best;
    }

    /// <summary>Combined unique reach of the business and the given members.</summary>
    public static double Reach(MatchIndex index, int business, IEnumerable<int> members)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(members);
        return ReachModel.Combined(members.Prepend(business).Select(index.OwnReach), index.Settings.Population);
    }

    /// <summary>Everyone compatible with the business, largest reach first, then lower id.</summary>
    private static List<int> Candidates(MatchIndex index, int business)
        => [.. Enumerable.Range(0, index.Count)
            .Where(j => index.IsCompatible(business, j))
            .OrderByDescending(index.OwnReach)
            .ThenBy(index.IdAt)];

    private static void Improve(MatchIndex index, List<int> candidates, List<int> chosen, int size)
    {
        var improved = true;
        while (improved)
        {
            improved = false;
            for (var slot = 0; slot < chosen.Count && !improved; slot++)
            {
                var member = chosen[slot];
                foreach (var c in candidates)
                {
                    if (index.OwnReach(c) <= index.OwnReach(member))
                    {
                        break;
                    }

                    if (!chosen.Contains(c) && chosen.Where((m, k) => k != slot).All(m => index.IsCompatible(m, c)))
                    {
                        chosen[slot] = c;
                        improved = true;
                        break;
                    }
                }
            }

            if (!improved && chosen.Count < size)
            {
                var extra = candidates.FirstOrDefault(c => !chosen.Contains(c) && chosen.TrueForAll(m => index.IsCompatible(m, c)), -1);
                if (extra >= 0)
                {
                    chosen.Add(extra);
                    improved = true;
                }
            }
        }

        chosen.Sort((x, y) => index.OwnReach(y).CompareTo(index.OwnReach(x)) is var byReach && byReach != 0 ? byReach : index.IdAt(x).CompareTo(index.IdAt(y)));
    }
}
