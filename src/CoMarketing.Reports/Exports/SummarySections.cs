using CoMarketing.Core.Reports;

namespace CoMarketing.Reports.Exports;

/// <summary>The summary as display tables in one language, shared by the Markdown, HTML and PDF writers so they always agree.</summary>
public static class SummarySections
{
    /// <summary>
    /// The sections; with <paramref name="terms"/> the payment instructions carry their due date (what a printed or
    /// sent summary needs), without them (the screen's <c>campaign show</c>) they do not.
    /// </summary>
    public static IReadOnlyList<SummarySection> Build(CampaignSummary summary, SummaryLabels l, PaymentTerms? terms = null)
    {
        var c = summary.Campaign;
        var sections = new List<SummarySection>
        {
            new(
                l.Campaign,
                [l.Field, l.Value],
                [
                    [l.Goal, $"{l.Word(c.Goal)} ({l.Target} {l.Number(c.Target)})"],
                    [l.Dates, $"{l.Date(c.Start)} – {l.Date(c.End)}"],
                    [l.Status, l.Word(c.Status)],
                    [l.Settlement, l.Word(SettlementWord(summary))],
                    [l.Participants, string.Join(", ", summary.Participants.Select(p => p.Name))],
                ],
                [false, false]),
        };

        var itemRows = new List<IReadOnlyList<string>>();
        var itemTotals = new HashSet<int>();
        foreach (var item in summary.Items)
        {
            var head = $"{item.Description} ({l.Word(item.Rule)}; {l.PaidBy.ToLowerInvariant()}: {summary.NameOf(item.PaidBy)}; {l.VatPercent} {l.Number(item.VatPercent)})";
            for (var i = 0; i < summary.Participants.Count; i++)
            {
                var part = item.Parts[i];
                itemRows.Add([i == 0 ? head : string.Empty, summary.Participants[i].Name, l.Euros(part.Net), l.Euros(part.Vat), l.Euros(part.Gross)]);
            }

            itemTotals.Add(itemRows.Count);
            itemRows.Add([string.Empty, l.Total, l.Euros(item.Amounts.Net), l.Euros(item.Amounts.Vat), l.Euros(item.Amounts.Gross)]);
        }

        sections.Add(new(l.CostItems, [l.Item, l.Participant, l.Net, l.Vat, l.Gross], itemRows, [false, false, true, true, true], itemTotals));

        var participantRows = summary.Participants
            .Select(p => (IReadOnlyList<string>)[p.Name, l.Euros(p.Owed.Net), l.Euros(p.Owed.Vat), l.Euros(p.Owed.Gross), l.Euros(p.Paid), l.Euros(p.Balance), l.Whole(p.OwnReach), l.Whole(p.NewReach)])
            .Append([l.Total, l.Euros(summary.Totals.Net), l.Euros(summary.Totals.Vat), l.Euros(summary.Totals.Gross), string.Empty, string.Empty, string.Empty, string.Empty])
            .ToList();
        sections.Add(new(l.Participants, [l.Participant, l.Net, l.Vat, l.Gross, l.Paid, l.Balance, l.OwnReach, l.NewReach], participantRows, [false, true, true, true, true, true, true, true], new HashSet<int> { participantRows.Count - 1 }));

        sections.Add(new(
            l.Reach,
            [l.Population, l.CombinedReach],
            [[summary.Population is { } population ? l.Whole(population) : l.Unbounded, l.Whole(summary.CombinedReach)]],
            [true, true]));
        sections.Add(terms is null
            ? new(
                l.PaymentInstructions,
                [l.Payer, l.Payee, l.Amount, l.Reference, l.RfReference],
                [.. summary.PaymentInstructions.Select(t => (IReadOnlyList<string>)[t.FromName, t.ToName, l.Euros(t.Amount), t.Reference, t.RfReference])],
                [false, false, true, false, false])
            : new(
                l.PaymentInstructions,
                [l.Payer, l.Payee, l.Amount, l.Reference, l.RfReference, l.DueDate],
                [.. summary.PaymentInstructions.Select(t => (IReadOnlyList<string>)[t.FromName, t.ToName, l.Euros(t.Amount), t.Reference, t.RfReference, l.Date(terms.Due)])],
                [false, false, true, false, false, false]));
        return sections;
    }

    /// <summary>The camelCase word of the summary's settlement mode.</summary>
    public static string SettlementWord(CampaignSummary summary)
        => summary.Settlement == Core.Settlement.SettlementMode.ViaAssociation ? "viaAssociation" : "direct";
}
