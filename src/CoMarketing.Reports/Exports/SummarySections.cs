using System.Globalization;
using CoMarketing.Core.Reports;
using static CoMarketing.Reports.Exports.SummaryText;

namespace CoMarketing.Reports.Exports;

/// <summary>The summary as display tables, shared by the Markdown and HTML writers so they always agree.</summary>
internal static class SummarySections
{
    public static IReadOnlyList<SummarySection> Build(CampaignSummary summary, CultureInfo culture)
    {
        var c = summary.Campaign;
        var sections = new List<SummarySection>
        {
            new(
                "Campaign",
                ["Field", "Value"],
                [
                    ["Goal", $"{c.Goal} (target {c.Target.ToString("0.##", culture)})"],
                    ["Dates", $"{Date(c.Start)} – {Date(c.End)}"],
                    ["Status", c.Status],
                    ["Participants", string.Join(", ", summary.Participants.Select(p => p.Name))],
                ],
                [false, false]),
        };

        var itemRows = new List<IReadOnlyList<string>>();
        foreach (var item in summary.Items)
        {
            for (var i = 0; i < summary.Participants.Count; i++)
            {
                var part = item.Parts[i];
                itemRows.Add([item.Description, item.Rule, summary.NameOf(item.PaidBy), Percent(item.VatPercent, culture), summary.Participants[i].Name, Euros(part.Net, culture), Euros(part.Vat, culture), Euros(part.Gross, culture)]);
            }

            itemRows.Add([item.Description, item.Rule, summary.NameOf(item.PaidBy), Percent(item.VatPercent, culture), "Total", Euros(item.Amounts.Net, culture), Euros(item.Amounts.Vat, culture), Euros(item.Amounts.Gross, culture)]);
        }

        sections.Add(new("Cost items", ["Item", "Rule", "Paid by", "VAT", "Participant", "Net", "VAT", "Gross"], itemRows, [false, false, false, true, false, true, true, true]));

        var participantRows = summary.Participants
            .Select(p => (IReadOnlyList<string>)[p.Name, Euros(p.Owed.Net, culture), Euros(p.Owed.Vat, culture), Euros(p.Owed.Gross, culture), Euros(p.Paid, culture), Euros(p.Balance, culture), Whole(p.OwnReach, culture), Whole(p.NewReach, culture)])
            .Append([ "Total", Euros(summary.Totals.Net, culture), Euros(summary.Totals.Vat, culture), Euros(summary.Totals.Gross, culture), string.Empty, string.Empty, string.Empty, string.Empty])
            .ToList();
        sections.Add(new("Participants", ["Participant", "Net", "VAT", "Gross", "Paid", "Balance", "Own reach", "New reach"], participantRows, [false, true, true, true, true, true, true, true]));

        sections.Add(new(
            "Reach",
            ["Population", "Combined reach"],
            [[summary.Population is { } population ? Whole(population, culture) : "unbounded", Whole(summary.CombinedReach, culture)]],
            [true, true]));
        sections.Add(new(
            "Settlement",
            ["From", "To", "Amount"],
            [.. summary.Transfers.Select(t => (IReadOnlyList<string>)[t.FromName, t.ToName, Euros(t.Amount, culture)])],
            [false, false, true]));
        sections.Add(new(
            "Invoice lines",
            ["Invoice to", "Amount", "Reference", "RF reference"],
            [.. summary.InvoiceLines.Select(p => (IReadOnlyList<string>)[p.Name, Euros(p.Invoiced, culture), p.Reference, p.RfReference])],
            [false, true, false, false]));
        return sections;
    }
}
