using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;

namespace CoMarketing.Core.Federation;

/// <summary>How many active members of another association are of one industry in one municipality (counts-only sharing).</summary>
/// <param name="Association">The association counted.</param>
/// <param name="Industry">The members' industry code.</param>
/// <param name="Municipality">Where the members are located.</param>
/// <param name="National">True for members that reach customers nationally online.</param>
/// <param name="Members">How many, at least one.</param>
public sealed record SharedCount(FederationAssociation Association, IndustryCode Industry, MunicipalityCode Municipality, bool National, int Members);
