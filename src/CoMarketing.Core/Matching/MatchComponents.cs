namespace CoMarketing.Core.Matching;

/// <summary>The six parts of a match score, each a fraction from 0 (nothing in common) to 1 (a perfect fit).</summary>
/// <param name="Age">Histogram intersection of the two age distributions (Σ min over the seven bands).</param>
/// <param name="Interests">
/// Overlap of the interest tags, related tags counting partly (<see cref="InterestOverlap"/>, <see cref="InterestAffinities"/>):
/// the Dice overlap 2·shared / (tags of both) when no tags are related; 0 when neither has tags. When the two industries
/// complement each other (<see cref="IndustryComplements"/>), at least the pair's percent / 100: complementary
/// offerings are evidence of a shared audience as much as shared tags are.
/// </param>
/// <param name="Area">
/// Geographic overlap: when both reach customers nationally 1, when one does 0.5; otherwise the larger of the
/// Jaccard overlap of the municipalities served (each side's own municipality counts as served) and the catchment
/// closeness <c>1 − distance / (radius₁ + radius₂)</c> (0 when the circles do not overlap or a side has none).
/// </param>
/// <param name="Season">
/// The overlap coefficient of the active months: months both are active / months of the shorter season (a year-round
/// hotel covers a winter safari firm fully); 0 when either has no months.
/// </param>
/// <param name="CustomerType">1 for the same customer type, 0.5 when one side sells to both, 0 for consumers vs businesses.</param>
/// <param name="NewReach">
/// The share of the pair's combined unique reach that is new to the business: <c>n / (r + n)</c> with r its own
/// reach and n the new reach the candidate brings (0 when both are zero).
/// </param>
public readonly record struct MatchComponents(
    double Age,
    double Interests,
    double Area,
    double Season,
    double CustomerType,
    double NewReach);
