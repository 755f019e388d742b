namespace CoMarketing.Core.Matching;

/// <summary>
/// Finds up to k partners for a business, pairwise compatible, that maximise the combined unique reach
/// <c>R(S) = P · (1 − Π (1 − r_i / P))</c> of the business and its partners.
/// </summary>
/// <remarks>
/// R grows with every member's reach and does not care about order, so the search is really a maximum-weight
/// clique problem on the compatibility graph. <see cref="Greedy"/> adds the compatible candidate with the largest
/// reach (ties: lower id) until k are chosen, then improves by local search: drop one member, refill greedily
/// without it, keep the new set when it reaches more people; repeat until no drop helps. <see cref="Exhaustive"/> tries every compatible set of
/// at most k candidates; it is exact and meant for small candidate lists (tests and the gap measurement).
/// </remarks>
public static class GroupSearch
{
    /// <summary>Greedy pick plus drop-and-refill local search (unless <paramref name="improve"/> is false).</summary>
    public static IReadOnlyList<int> Greedy(MatchIndex index, int business, int size, bool improve = true)
    {
        ArgumentNullException.ThrowIfNull(index);
        var candidates = Candidates(index, business);
        var chosen = new List<int>();
        Fill(index, candidates, chosen, size, skip: -1);
        if (improve)
        {
            Improve(index, business, candidates, chosen, size);
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

    private static void Improve(MatchIndex index, int business, List<int> candidates, List<int> chosen, int size)
    {
        var reach = Reach(index, business, chosen);
        var improved = true;
        while (improved)
        {
            improved = false;
            for (var slot = 0; slot < chosen.Count && !improved; slot++)
            {
                // Drop one member and refill greedily without it; keep the result when it reaches more people.
                var dropped = chosen[slot];
                var trial = chosen.Where((_, k) => k != slot).ToList();
                Fill(index, candidates, trial, size, dropped);
                var trialReach = Reach(index, business, trial);
                if (trialReach > reach + 1e-9)
                {
                    chosen.Clear();
                    chosen.AddRange(trial);
                    reach = trialReach;
                    improved = true;
                }
            }
        }

        chosen.Sort((x, y) => index.OwnReach(y).CompareTo(index.OwnReach(x)) is var byReach && byReach != 0 ? byReach : index.IdAt(x).CompareTo(index.IdAt(y)));
    }

    private static void Fill(MatchIndex index, List<int> candidates, List<int> chosen, int size, int skip)
    {
        foreach (var c in candidates)
        {
            if (chosen.Count == size)
            {
                return;
            }

            if (c != skip && !chosen.Contains(c) && chosen.TrueForAll(m => index.IsCompatible(m, c)))
            {
                chosen.Add(c);
            }
        }
    }
}
