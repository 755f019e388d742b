namespace CoMarketing.Core.Federation;

/// <summary>Partners for a business from the other associations of the federation, and the counts-only associations worth asking.</summary>
/// <param name="Available">False when the store has no federation (a LiteDB file), so nothing could be looked for.</param>
/// <param name="Partners">Partners from other associations only, best first.</param>
/// <param name="Counts">Associations sharing counts only that have members which might suit, most first.</param>
public sealed record FederationSuggestions(bool Available, IReadOnlyList<FederatedMatch> Partners, IReadOnlyList<FederationCountHint> Counts)
{
    /// <summary>Nothing to look in (a single-association store).</summary>
    public static FederationSuggestions Unavailable { get; } = new(false, [], []);
}
