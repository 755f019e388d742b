namespace CoMarketing.Core.Federation;

/// <summary>What the other associations of the federation share, read at one moment.</summary>
/// <param name="Available">
/// False when the store has no federation (a LiteDB file holds one association), so nothing can be found there;
/// true on a shared server even when no other association shares anything.
/// </param>
/// <param name="Associations">The other associations that share something, by key.</param>
/// <param name="Profiles">Members of associations sharing profiles or contacts.</param>
/// <param name="Counts">Member counts of associations sharing counts only.</param>
public sealed record FederationSnapshot(
    bool Available,
    IReadOnlyList<FederationAssociation> Associations,
    IReadOnlyList<SharedProfile> Profiles,
    IReadOnlyList<SharedCount> Counts)
{
    /// <summary>No federation at all (a single-association store).</summary>
    public static FederationSnapshot Unavailable { get; } = new(false, [], [], []);
}
