using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Reports;

/// <summary>One payment instruction: who pays whom how much, with the member's invoice reference.</summary>
/// <param name="Member">The member the instruction is for (participant id): the payer, or the one reimbursed.</param>
/// <param name="From">Payer: a participant id or <c>association</c>.</param>
/// <param name="FromName">The payer's name.</param>
/// <param name="To">Payee: a participant id or <c>association</c>.</param>
/// <param name="ToName">The payee's name.</param>
/// <param name="Amount">The amount, always positive.</param>
/// <param name="Reference">The member's Finnish reference number.</param>
/// <param name="RfReference">The same in RF form.</param>
public sealed record SummaryPayment(string Member, string From, string FromName, string To, string ToName, Money Amount, string Reference, string RfReference);
