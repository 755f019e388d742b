using CoMarketing.Core.Common;
using CoMarketing.Core.Industries;

namespace CoMarketing.Core.Matching;

/// <summary>
/// The curated table of complementary industries (<c>data/industry-complements.csv</c>): through it, two businesses
/// whose offerings complement each other for the same customer count as sharing part of an audience even where
/// their interest tags differ (see <see cref="MatchComponents.Interests"/>).
/// </summary>
public sealed class IndustryComplements
{
    /// <summary>The table of the given pairs; a pair listed twice (in either order) is refused.</summary>
    public IndustryComplements(IEnumerable<IndustryComplement> complements)
    {
        ArgumentNullException.ThrowIfNull(complements);
        All = [.. complements];
        var seen = new HashSet<(string, string)>();
        foreach (var c in All)
        {
            if (!seen.Add((c.Industry, c.Complement)) || !seen.Add((c.Complement, c.Industry)))
            {
                throw new DomainException($"The complementary industries '{c.Industry}' and '{c.Complement}' are listed twice.");
            }
        }
    }

    /// <summary>No complementary industries: only interests count for the audience.</summary>
    public static IndustryComplements Empty { get; } = new([]);

    /// <summary>The pairs, as given.</summary>
    public IReadOnlyList<IndustryComplement> All { get; }

    /// <summary>True when the table has no pairs.</summary>
    public bool IsEmpty => All.Count == 0;

    /// <summary>
    /// The pair of the table covering the two industries with the highest percent (the first listed of equals), or
    /// null when none does.
    /// </summary>
    public IndustryComplement? Find(IndustryCode a, IndustryCode b)
    {
        IndustryComplement? best = null;
        foreach (var c in All)
        {
            if (c.Covers(a, b) && (best is null || c.Percent > best.Percent))
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>How much the two industries complement each other in percent: the best covering pair's, else 0.</summary>
    public int Percent(IndustryCode a, IndustryCode b) => Find(a, b)?.Percent ?? 0;
}
