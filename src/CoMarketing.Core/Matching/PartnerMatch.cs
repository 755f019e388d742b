using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Matching;

/// <summary>A suggested partner: its score 0–100, the components behind it, the new reach it brings and why.</summary>
/// <param name="Partner">The candidate business.</param>
/// <param name="Score">Weighted score 0–100 (<see cref="MatchWeights"/>) with any outcome boost, unrounded.</param>
/// <param name="Components">Each component 0–1.</param>
/// <param name="NewReach">People the partner reaches that the business does not: <c>R({a, b}) − r_a</c>.</param>
/// <param name="Reasons">Plain-language reasons, best first.</param>
public sealed record PartnerMatch(
    Business Partner,
    double Score,
    MatchComponents Components,
    double NewReach,
    IReadOnlyList<string> Reasons)
{
    /// <summary>What the score means: strong, possible or weak (<see cref="MatchBands"/>).</summary>
    public MatchBand Band => MatchBands.Of(Score);

    /// <summary>What finished joint campaigns showed for the pair, when they earned it a boost (included in the score).</summary>
    public OutcomeEvidence? Outcome { get; init; }

    /// <summary>The points earlier campaigns added to the score (0 without <see cref="Outcome"/>).</summary>
    public double OutcomeBoost => Outcome?.Boost ?? 0;
}
