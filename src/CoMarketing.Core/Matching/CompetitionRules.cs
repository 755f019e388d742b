using CoMarketing.Core.Industries;

namespace CoMarketing.Core.Matching;

/// <summary>When two businesses count as competitors (DESIGN.md "Competition rules").</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Same four-digit industry class ⇒ competitors. In small-town mode a same-class pair is allowed when both
/// have a five-digit subclass and the subclasses differ; a pair where either lacks the subclass cannot be told
/// apart and stays competitors. An unknown industry (<c>00000</c>, e.g. an imported row without one) is
/// never the same industry as anything.</item>
/// <item>Large offering overlap ⇒ competitors: the Jaccard overlap of the offering keywords (shared over all) is at
/// least <see cref="OfferingOverlapThreshold"/> and they share at least <see cref="MinSharedOfferings"/> keywords
/// (or every keyword of the smaller list, when it has fewer). This rule holds in small-town mode too: small-town
/// mode relaxes only the industry code.</item>
/// <item>"We are fine together" from either side overrides both rules; "never pair" from either side excludes the
/// pair whatever else holds, even when the other side said fine together.</item>
/// </list>
/// </remarks>
public static class CompetitionRules
{
    /// <summary>Offering overlap (Jaccard) at or above which two businesses compete: one half.</summary>
    public const double OfferingOverlapThreshold = 0.5;

    /// <summary>Shared offering keywords needed besides the threshold (or the smaller list's size, if less).</summary>
    public const int MinSharedOfferings = 2;

    /// <summary>True when the industry codes make the two competitors under the given mode.</summary>
    public static bool SameIndustry(IndustryCode a, IndustryCode b, bool smallTownMode)
    {
        if (a.IsUnknown || b.IsUnknown || a.Class != b.Class)
        {
            return false;
        }

        return !smallTownMode || a.Subclass is null || b.Subclass is null || a.Subclass == b.Subclass;
    }

    /// <summary>True when the shared and total counts of offering keywords make a large overlap.</summary>
    public static bool IsLargeOfferingOverlap(int shared, int countA, int countB)
    {
        var union = countA + countB - shared;
        if (shared == 0 || union == 0)
        {
            return false;
        }

        var needed = Math.Min(MinSharedOfferings, Math.Min(countA, countB));
        return shared >= needed && (double)shared / union >= OfferingOverlapThreshold;
    }
}
