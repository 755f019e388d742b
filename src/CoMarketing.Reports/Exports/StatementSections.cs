using CoMarketing.Core.Common;
using CoMarketing.Core.Reports;

namespace CoMarketing.Reports.Exports;

/// <summary>
/// One member's statement as display tables: one amount with one reference and one due date, why (its part of each
/// item, what it paid), and its reach and new reach. Shared by every statement writer so they agree.
/// </summary>
public static class StatementSections
{
    /// <summary>The participant named <paramref name="member"/> (its name ignoring case, or its id).</summary>
    public static SummaryParticipant Find(CampaignSummary summary, string member)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = (member ?? string.Empty).Trim();
        return summary.Participants.FirstOrDefault(p => string.Equals(p.Name, text, StringComparison.OrdinalIgnoreCase) || p.Id == text)
            ?? throw new DomainException($"--member: '{text}' is not a participant of '{summary.Campaign.Name}'; its participants are {string.Join(", ", summary.Participants.Select(p => p.Name))}.");
    }

    public static IReadOnlyList<SummarySection> Build(CampaignSummary summary, SummaryParticipant member, SummaryLabels l, PaymentTerms terms)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(terms);
        var index = summary.Participants.ToList().IndexOf(member);
        var payments = summary.PaymentInstructions.Where(t => t.From == member.Id || t.To == member.Id).ToList();
        var pays = member.Balance.Cents < 0;
        var payRows = payments.Count == 0
            ? [[l.Nothing, l.Euros(Core.Finance.Money.Zero), member.Reference, member.RfReference, l.Date(terms.Due), string.Empty]]
            : payments.Select(t => (IReadOnlyList<string>)[t.From == member.Id ? t.ToName : t.FromName, l.Euros(t.Amount), t.Reference, t.RfReference, l.Date(terms.Due), t.From == member.Id ? terms.Iban ?? string.Empty : string.Empty]).ToList();
        var sections = new List<SummarySection>
        {
            new(pays ? l.YouPay : payments.Count == 0 ? l.Nothing : l.YouReceive, [pays ? l.Payee : l.Payer, l.Amount, l.Reference, l.RfReference, l.DueDate, l.Iban], payRows, [false, true, false, false, false, false]),
        };

        var why = new List<IReadOnlyList<string>>();
        for (var k = 0; k < summary.Items.Count; k++)
        {
            var item = summary.Items[k];
            var part = item.Parts[index];
            if (!part.Gross.IsZero || !part.Net.IsZero)
            {
                why.Add([$"{item.Description} ({l.Word(item.Rule)})", l.Euros(part.Net), l.Euros(part.Vat), l.Euros(part.Gross)]);
            }
        }

        var totals = new HashSet<int> { why.Count };
        why.Add([l.Total, l.Euros(member.Owed.Net), l.Euros(member.Owed.Vat), l.Euros(member.Owed.Gross)]);
        why.Add([l.Paid, string.Empty, string.Empty, l.Euros(member.Paid)]);
        totals.Add(why.Count);
        why.Add([l.Balance, string.Empty, string.Empty, l.Euros(member.Balance)]);
        sections.Add(new(l.Why, [l.Item, l.Net, l.Vat, l.Gross], why, [false, true, true, true], totals));
        sections.Add(new(l.Reach, [l.OwnReach, l.NewReach, l.CombinedReach], [[l.Whole(member.OwnReach), l.Whole(member.NewReach), l.Whole(summary.CombinedReach)]], [true, true, true]));
        sections.Add(Tasks(summary, member, l));
        return sections;
    }

    /// <summary>The member's tasks: its publications by date, its duties and the contact; a line saying so when it has no publications.</summary>
    public static SummarySection Tasks(CampaignSummary summary, SummaryParticipant member, SummaryLabels l)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(l);
        var tasks = MemberTask.Of(summary, member, l);
        var rows = tasks.Select(t => (IReadOnlyList<string>)[t.Date is { } day ? l.Date(day) : l.Throughout, t.Channel is { } channel ? l.Word(channel) : string.Empty, t.What]).ToList();
        if (!tasks.Any(t => t.Date is not null))
        {
            rows.Insert(0, [string.Empty, string.Empty, l.NoTasks]);
        }

        return new(l.YourTasks, [l.DateLabel, l.Channel, l.Description], rows, [false, false, false]);
    }
}
