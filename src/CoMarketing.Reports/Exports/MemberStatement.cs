using CoMarketing.Core.Finance;
using CoMarketing.Core.Reports;

namespace CoMarketing.Reports.Exports;

/// <summary>
/// One member's statement as figures: the one thing it does (pay the association, be reimbursed, or nothing), the
/// amount, its reference and due date; its part of each item; its reach and new reach.
/// </summary>
/// <param name="Member">The member.</param>
/// <param name="Action">"pay", "receive" or "none".</param>
/// <param name="Counterparty">Whom it pays or who reimburses it (a name), or null.</param>
/// <param name="Amount">The amount, never negative.</param>
/// <param name="Due">The due date.</param>
/// <param name="Items">Its part of each item it shares: description, rule and amounts.</param>
public sealed record MemberStatement(SummaryParticipant Member, string Action, string? Counterparty, Money Amount, DateOnly Due, IReadOnlyList<(string Description, string Rule, SummaryAmounts Part)> Items)
{
    public static MemberStatement Of(CampaignSummary summary, SummaryParticipant member, PaymentTerms terms)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(terms);
        var index = summary.Participants.ToList().IndexOf(member);
        // Via the association each member has one instruction; settled directly, a member that is owed is paid by
        // one or more members, whose instructions carry the payer's reference.
        var payments = summary.PaymentInstructions.Where(t => t.From == member.Id || t.To == member.Id).ToList();
        var pays = payments.Where(t => t.From == member.Id).ToList();
        var (action, counterparty, amount) = payments.Count == 0
            ? ("none", (string?)null, Money.Zero)
            : pays.Count > 0
                ? ("pay", string.Join(", ", pays.Select(t => t.ToName)), Money.Sum(pays.Select(t => t.Amount)))
                : ("receive", string.Join(", ", payments.Select(t => t.FromName)), Money.Sum(payments.Select(t => t.Amount)));
        var items = summary.Items
            .Where(item => !item.Parts[index].Gross.IsZero || !item.Parts[index].Net.IsZero)
            .Select(item => (item.Description, item.Rule, item.Parts[index]))
            .ToList();
        return new MemberStatement(member, action, counterparty, amount, terms.Due, items);
    }
}
