namespace CoMarketing.Core.Settlement;

/// <summary>How a campaign's balances are settled (DESIGN.md, "Settling up").</summary>
public enum SettlementMode
{
    /// <summary>
    /// The association is the hub: a member that owes pays its balance to the association with its own reference, a
    /// member that is owed is reimbursed by the association. One payment instruction per member. The default for
    /// stored campaigns.
    /// </summary>
    ViaAssociation,

    /// <summary>
    /// Debtors pay creditors directly, largest debtor to largest creditor first. The default for the stateless
    /// <c>split</c>; a stored campaign may use it only when the association paid none of its items.
    /// </summary>
    Direct,
}
