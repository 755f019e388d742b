using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Matching;

/// <summary>What finished joint campaigns showed for a pair, and the boost it earns (<see cref="MatchOutcomes"/>).</summary>
/// <param name="Scope">The businesses themselves, or businesses of their industries.</param>
/// <param name="AcquisitionCost">The campaigns' cost per new customer: their gross costs over their new customers.</param>
/// <param name="CustomerValue">The campaigns' revenue per new customer.</param>
/// <param name="PairCustomers">New customers the pair's own participants brought (the strength of the evidence).</param>
/// <param name="Campaigns">The campaigns' names, most recent first.</param>
/// <param name="Boost">The points added to the score, 0 to <see cref="MatchOutcomes.MaxPairBoost"/>.</param>
public sealed record OutcomeEvidence(
    OutcomeScope Scope,
    Money AcquisitionCost,
    Money CustomerValue,
    long PairCustomers,
    IReadOnlyList<string> Campaigns,
    double Boost);
