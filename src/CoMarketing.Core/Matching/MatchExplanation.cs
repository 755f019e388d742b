using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Matching;

/// <summary>Why a candidate is or is not a match for a business.</summary>
/// <param name="Business">The business asking.</param>
/// <param name="Candidate">The candidate asked about.</param>
/// <param name="Exclusions">Every hard filter it fails; <see cref="MatchExclusions.None"/> for a match.</param>
/// <param name="Failures">Each failed filter in words (empty for a match).</param>
/// <param name="Score">The score it has or would have, 0–100.</param>
/// <param name="Components">The score's components.</param>
/// <param name="NewReach">People it reaches that the business does not.</param>
/// <param name="Reasons">What speaks for the pair, in words.</param>
public sealed record MatchExplanation(
    Business Business,
    Business Candidate,
    MatchExclusions Exclusions,
    IReadOnlyList<string> Failures,
    double Score,
    MatchComponents Components,
    double NewReach,
    IReadOnlyList<string> Reasons)
{
    public bool IsMatch => Exclusions == MatchExclusions.None;

    /// <summary>The band the score falls in (<see cref="MatchBands"/>); meaningful for a match.</summary>
    public MatchBand Band => MatchBands.Of(Score);

    /// <summary>What finished joint campaigns showed for the pair, when they earned it a boost (included in the score).</summary>
    public OutcomeEvidence? Outcome { get; init; }
}
