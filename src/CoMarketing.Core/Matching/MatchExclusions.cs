namespace CoMarketing.Core.Matching;

/// <summary>The hard filters a candidate can fail; a candidate is a match only when none applies.</summary>
[Flags]
public enum MatchExclusions
{
    None = 0,

    /// <summary>The candidate is the business itself.</summary>
    Self = 1,

    /// <summary>The candidate (or the business) is archived.</summary>
    Archived = 2,

    /// <summary>One of the two marked the other "never pair".</summary>
    NeverPair = 4,

    /// <summary>Same industry class (and, in small-town mode, not told apart by different subclasses).</summary>
    SameIndustry = 8,

    /// <summary>They sell largely the same things (see <see cref="CompetitionRules"/>).</summary>
    OfferingOverlap = 16,

    /// <summary>No municipality served in common, no overlapping catchments, and neither reaches customers nationally.</summary>
    NoSharedArea = 32,
}
