using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Matching.Synthetic;

/// <summary>A generated association: its businesses, pairing preferences and match settings.</summary>
public sealed record SyntheticAssociation(
    IReadOnlyList<Business> Businesses,
    IReadOnlyList<PairPreference> Preferences,
    MatchSettings Settings);
