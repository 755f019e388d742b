using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Reports;

/// <summary>A participant's totals, reach and invoice line.</summary>
/// <param name="Id">Participant id (the business id as text).</param>
/// <param name="Name">Business name.</param>
/// <param name="Owed">Its parts of all items summed.</param>
/// <param name="Paid">Gross of the items it paid.</param>
/// <param name="Balance">Paid minus owed gross: positive means it is owed money.</param>
/// <param name="OwnReach">People its channels reach, whole persons.</param>
/// <param name="NewReach">Combined reach minus its own, whole persons.</param>
/// <param name="Invoiced">What it pays the association: its invoice line (see <see cref="Splitting.ParticipantSplit.Invoiced"/>).</param>
/// <param name="Reference">Finnish reference number of the invoice line.</param>
/// <param name="RfReference">The same in RF (ISO 11649) form.</param>
public sealed record SummaryParticipant(
    string Id,
    string Name,
    SummaryAmounts Owed,
    Money Paid,
    Money Balance,
    long OwnReach,
    long NewReach,
    Money Invoiced,
    string Reference,
    string RfReference);
