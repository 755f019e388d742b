using CoMarketing.Core.Finance;
using CoMarketing.Core.Reach;
using CoMarketing.Core.Settlement;

namespace CoMarketing.Core.Splitting;

/// <summary>The outcome of splitting a campaign's costs: items, participants, reach, and how to settle up.</summary>
/// <param name="Population">People in the area, or <c>null</c> when unbounded.</param>
/// <param name="Items">Every item split, in order.</param>
/// <param name="Participants">Every participant's figures, in order.</param>
/// <param name="CombinedReach">Unique reach of all participants together, <c>R(N)</c>.</param>
/// <param name="AssociationPaid">Gross of the items the association paid: its balance, owed to it.</param>
/// <param name="Transfers">Payments that bring every balance to zero.</param>
public sealed record SplitResult(
    long? Population,
    IReadOnlyList<ItemSplit> Items,
    IReadOnlyList<ParticipantSplit> Participants,
    Rational CombinedReach,
    Money AssociationPaid,
    IReadOnlyList<Transfer> Transfers)
{
    /// <summary>How the balances were settled: what <see cref="Transfers"/> and each invoice line mean.</summary>
    public SettlementMode Settlement { get; init; } = SettlementMode.Direct;
}
