using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Matching;

/// <summary>
/// How much a shared interest tag says about two audiences: a tag few members list (weddings, fishing) says more than
/// one most members list (families, food), so a big general business cannot crowd out a specialist through broad tags.
/// </summary>
/// <remarks>
/// The weight of a tag is <c>round(100 · ln(1 + N / n))</c>, where N is the number of businesses matched together
/// (archived ones included) and n how many of them list the tag: 69 for a tag everyone lists, 374 for one listed once
/// among 41. Whole numbers, so the overlap computed from them is the same to the last bit everywhere.
/// </remarks>
public static class InterestSpecificity
{
    /// <summary>The weight of each tag listed by <paramref name="businesses"/>.</summary>
    public static IReadOnlyDictionary<InterestTag, int> Of(IReadOnlyCollection<Business> businesses)
    {
        ArgumentNullException.ThrowIfNull(businesses);
        var n = businesses.Count;
        return businesses.SelectMany(b => b.Audience.Interests)
            .GroupBy(t => t)
            .ToDictionary(g => g.Key, g => Weight(n, g.Count()));
    }

    /// <summary>The weight of a tag listed by <paramref name="listing"/> of <paramref name="total"/> businesses.</summary>
    public static int Weight(int total, int listing)
        => (int)Math.Round(100 * Math.Log(1 + ((double)total / Math.Max(1, listing))), MidpointRounding.AwayFromZero);
}
