using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Federation;

/// <summary>A member of another association as that association shares it.</summary>
/// <param name="Association">The member's association.</param>
/// <param name="Business">
/// The member with its id in its own association. Its notes and business ID are never shared; its contact details are
/// <see cref="ContactInfo.None"/> unless the association shares <see cref="CoMarketing.Core.Association.FederationSharing.Contacts"/>.
/// </param>
public sealed record SharedProfile(FederationAssociation Association, Business Business);
