using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Matching;

/// <summary>A suggested partner: its score 0–100, the components behind it, the new reach it brings and why.</summary>
/// <param name="Partner">The candidate business.</param>
/// <param name="Score">Weighted score 0–100 (<see cref="MatchWeights"/>), unrounded.</param>
/// <param name="Components">Each component 0–1.</param>
/// <param name="NewReach">People the partner reaches that the business does not: <c>R({a, b}) − r_a</c>.</param>
/// <param name="Reasons">Plain-language reasons, best first.</param>
public sealed record PartnerMatch(
    Business Partner,
    double Score,
    MatchComponents Components,
    double NewReach,
    IReadOnlyList<string> Reasons);
