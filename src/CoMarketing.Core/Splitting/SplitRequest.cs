using CoMarketing.Core.References;
using CoMarketing.Core.Settlement;

namespace CoMarketing.Core.Splitting;

/// <summary>Everything a split needs: the area population, the participants in order, and the cost items in order.</summary>
/// <param name="Population">People in the campaign area; <c>null</c> for an unbounded area (no overlap).</param>
/// <param name="Participants">The participants, in order (the order breaks ties and numbers invoices).</param>
/// <param name="Items">The cost items, in order (the k-th item starts its tie order at sharer k mod n).</param>
public sealed record SplitRequest(
    long? Population,
    IReadOnlyList<SplitParticipant> Participants,
    IReadOnlyList<CostItem> Items)
{
    /// <summary>How balances are settled; <see cref="SettlementMode.Direct"/> unless set.</summary>
    public SettlementMode Settlement { get; init; } = SettlementMode.Direct;

    /// <summary>Participant p (1-based) gets the invoice reference base <c>ReferenceBase + p</c>; 1000 unless set.</summary>
    public long ReferenceBase { get; init; } = InvoiceReferences.DefaultBase;
}
