using CoMarketing.Core.Settlement;

namespace CoMarketing.Core.Reports;

/// <summary>
/// The cost-split summary of a campaign that the coordinator sends out or invoices from: what every export format
/// writes, built once from the split engine's result by <see cref="CampaignSummaryBuilder"/>.
/// </summary>
/// <param name="Association">The association's name.</param>
/// <param name="Currency">Currency code, EUR.</param>
/// <param name="Campaign">The campaign.</param>
/// <param name="Participants">Participants in order.</param>
/// <param name="Items">Cost items in order; <c>Items[k].Parts[i]</c> is participant i's part of item k.</param>
/// <param name="Totals">All items summed.</param>
/// <param name="Population">The area's population, the P of the reach model.</param>
/// <param name="CombinedReach">Unique reach of everyone together, whole persons.</param>
/// <param name="Transfers">Payments that settle every balance (see <see cref="Settlement"/>).</param>
public sealed record CampaignSummary(
    string Association,
    string Currency,
    SummaryCampaign Campaign,
    IReadOnlyList<SummaryParticipant> Participants,
    IReadOnlyList<SummaryItem> Items,
    SummaryAmounts Totals,
    long? Population,
    long CombinedReach,
    IReadOnlyList<SummaryTransfer> Transfers)
{
    /// <summary>
    /// How the balances are settled. Via the association, <see cref="Transfers"/> hold one payment instruction per
    /// member with a non-zero balance (to or from the association) and each invoice line is that member's whole debt.
    /// </summary>
    public SettlementMode Settlement { get; init; } = SettlementMode.ViaAssociation;

    /// <summary>The publication plan by date, with who posts each entry: what a member statement lists as its tasks.</summary>
    public IReadOnlyList<SummaryPlanEntry> Plan { get; init; } = [];

    /// <summary>The plan for surprises, or <c>null</c> when the campaign has none.</summary>
    public SummaryContingency? Contingency { get; init; }

    /// <summary>The invoice lines: participants with something to pay the association.</summary>
    public IReadOnlyList<SummaryParticipant> InvoiceLines => [.. Participants.Where(p => !p.Invoiced.IsZero)];

    /// <summary>
    /// The payment instructions, one per transfer, in transfer order, each with the reference of the member it is for
    /// (the paying member, or the member the association reimburses). Via the association that is one per member.
    /// </summary>
    public IReadOnlyList<SummaryPayment> PaymentInstructions => [.. Transfers.Select(t =>
    {
        var member = Participants.FirstOrDefault(p => p.Id == t.From) ?? Participants.First(p => p.Id == t.To);
        return new SummaryPayment(member.Id, t.From, t.FromName, t.To, t.ToName, t.Amount, member.Reference, member.RfReference);
    })];

    /// <summary>The name of a participant id, or the association's name for <c>association</c>.</summary>
    public string NameOf(string id) => Participants.FirstOrDefault(p => p.Id == id)?.Name ?? Association;
}
