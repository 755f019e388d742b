using CoMarketing.Core.Finance;
using CoMarketing.Core.Reach;

namespace CoMarketing.Core.Splitting;

/// <summary>What one participant owes, paid and reaches, and how it is invoiced.</summary>
/// <param name="Participant">The participant.</param>
/// <param name="Items">Its part of each item, in item order.</param>
/// <param name="Total">Its parts of all items summed.</param>
/// <param name="Paid">Gross of the items it paid.</param>
/// <param name="OwnReach">Its own audience, capped at the population.</param>
/// <param name="NewReach">Combined reach of all participants minus its own: the people it gains.</param>
/// <param name="Invoiced">The amount of its invoice line, what it pays the association: its whole debt (minus its
/// balance when negative, else zero) when settling via the association; its gross part of the items the association
/// paid when settling directly.</param>
/// <param name="Reference">Finnish reference number of its invoice line.</param>
/// <param name="RfReference">The same reference in RF (ISO 11649) form.</param>
public sealed record ParticipantSplit(
    SplitParticipant Participant,
    IReadOnlyList<SplitPart> Items,
    SplitPart Total,
    Money Paid,
    long OwnReach,
    Rational NewReach,
    Money Invoiced,
    string Reference,
    string RfReference)
{
    /// <summary>Paid minus owed (gross): positive means others owe it money.</summary>
    public Money Balance => Paid - Total.Gross;
}
