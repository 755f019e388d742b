using CoMarketing.Core.Matching;

namespace CoMarketing.Core.Federation;

/// <summary>A suggested partner, from the business's own association or from another one of the federation.</summary>
/// <param name="Match">The match as <see cref="PartnerMatcher"/> scores it; its partner carries the id it has in its own association.</param>
/// <param name="Shared">The partner's association and how it shares, or null for a member of the business's own association.</param>
public sealed record FederatedMatch(PartnerMatch Match, SharedProfile? Shared)
{
    /// <summary>True when the partner belongs to another association.</summary>
    public bool IsFederation => Shared is not null;
}
