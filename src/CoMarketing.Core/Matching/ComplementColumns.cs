using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Matching;

/// <summary>
/// The complementary-industry percents of a <see cref="MatchIndex"/>: each business's group (its industry code, when
/// the table covers it; 0 otherwise) and a square table of fractions by pair of groups, so a pair is one array read.
/// </summary>
internal sealed class ComplementColumns
{
    private ComplementColumns(int[] groups, double[] fractions, int stride)
    {
        Groups = groups;
        Fractions = fractions;
        Stride = stride;
    }

    /// <summary>Per business, its row and column in <see cref="Fractions"/> (0: no complement at all).</summary>
    public int[] Groups { get; }

    /// <summary>
    /// The pair's percent / 100 by <c>group(a) · Stride + group(b)</c>, symmetric, 0 in row and column 0; divided here
    /// once, so a ranking reads a number instead of dividing per candidate.
    /// </summary>
    public double[] Fractions { get; }

    public int Stride { get; }

    public static ComplementColumns Create(Business[] businesses, IndustryComplements complements)
    {
        var groups = new int[businesses.Length];
        if (complements.IsEmpty)
        {
            return new ComplementColumns(groups, new double[1], 1);
        }

        // One group per distinct industry code that some pair covers; each code is looked up in the table once.
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var representatives = new List<Industries.IndustryCode> { default };
        for (var i = 0; i < businesses.Length; i++)
        {
            var code = businesses[i].Industry;
            if (code.Code is null)
            {
                continue;
            }

            if (!codes.TryGetValue(code.Code, out var group))
            {
                var covered = complements.All.Any(c => IndustryComplement.Covers(c.Industry, code) || IndustryComplement.Covers(c.Complement, code));
                group = covered ? representatives.Count : 0;
                codes.Add(code.Code, group);
                if (covered)
                {
                    representatives.Add(code);
                }
            }

            groups[i] = group;
        }

        var stride = representatives.Count;
        var fractions = new double[stride * stride];
        for (var x = 1; x < stride; x++)
        {
            for (var y = 1; y < stride; y++)
            {
                fractions[(x * stride) + y] = complements.Percent(representatives[x], representatives[y]) / 100.0;
            }
        }

        return new ComplementColumns(groups, fractions, stride);
    }
}
