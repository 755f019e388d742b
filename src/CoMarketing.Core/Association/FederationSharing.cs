namespace CoMarketing.Core.Association;

/// <summary>
/// What an association shows the other associations of its federation (the associations sharing one PostgreSQL
/// database), each tier including the ones before it. Modelled on the privacy tiers of partner-mapping tools.
/// </summary>
public enum FederationSharing
{
    /// <summary>Nothing: the association does not appear in the federation at all (the default).</summary>
    None,

    /// <summary>Only how many active members it has per industry and municipality, and how to reach its coordinator.</summary>
    Counts,

    /// <summary>Members' profiles for matching (industry, offerings, areas, audience, channels), without contact details, notes or business IDs.</summary>
    Profiles,

    /// <summary>Profiles with each member's contact person, e-mail and phone.</summary>
    Contacts,
}
