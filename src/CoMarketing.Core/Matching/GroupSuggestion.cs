using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Matching;

/// <summary>A suggested campaign group: a business and partners that are all pairwise compatible.</summary>
/// <param name="Business">The business the group is built for.</param>
/// <param name="Members">The partners, in the order they were picked (largest reach first); fewer than asked
/// when no more compatible partners exist.</param>
/// <param name="OwnReach">The business's own reach r.</param>
/// <param name="CombinedReach">Unique reach of the business and its partners together, R(S) (Sainsbury).</param>
public sealed record GroupSuggestion(
    Business Business,
    IReadOnlyList<GroupMember> Members,
    double OwnReach,
    double CombinedReach)
{
    /// <summary>The people the group adds to the business's own reach: R(S) − r.</summary>
    public double Gain => CombinedReach - OwnReach;
}
