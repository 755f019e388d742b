using System.Globalization;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Splitting;

namespace CoMarketing.Cli.Commands.Split;

/// <summary>Writes a split for people: plain aligned tables, amounts and counts in the given culture.</summary>
public static class SplitTextWriter
{
    public static void Write(TextWriter writer, string currency, SplitResult result, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(culture);
        string M(Money money) => money.Format(culture);
        string N(long people) => people.ToString("N0", culture);

        writer.WriteLine($"Cost split ({currency})");
        writer.WriteLine();
        writer.WriteLine("Items");
        var items = new PlainTable("#>", "Description", "Rule", "VAT %>", "Paid by", "Net>", "VAT>", "Gross>");
        for (var k = 0; k < result.Items.Count; k++)
        {
            var item = result.Items[k];
            items.Add($"{k + 1}", item.Item.Description, item.Item.Rule.ToName(), item.Item.VatRate.Percent.ToString("0.##", culture),
                item.Item.PaidBy, M(item.Net), M(item.Vat), M(item.Gross));
        }

        items.WriteTo(writer);
        writer.WriteLine();
        writer.WriteLine("Parts of each item");
        var parts = new PlainTable("Participant", "#>", "Item", "Net>", "VAT>", "Gross>");
        foreach (var participant in result.Participants)
        {
            for (var k = 0; k < participant.Items.Count; k++)
            {
                var part = participant.Items[k];
                if (part != SplitPart.Zero)
                {
                    parts.Add(participant.Participant.Id, $"{k + 1}", result.Items[k].Item.Description, M(part.Net), M(part.Vat), M(part.Gross));
                }
            }
        }

        parts.WriteTo(writer);
        writer.WriteLine();
        writer.WriteLine("Participants");
        var totals = new PlainTable("Id", "Name", "Net>", "VAT>", "Gross>", "Paid>", "Balance>", "Own reach>", "New reach>");
        foreach (var p in result.Participants)
        {
            totals.Add(p.Participant.Id, p.Participant.Name, M(p.Total.Net), M(p.Total.Vat), M(p.Total.Gross), M(p.Paid), M(p.Balance),
                N(p.OwnReach), N(p.NewReach.RoundToWhole()));
        }

        totals.WriteTo(writer);
        writer.WriteLine();
        var population = result.Population is { } size ? $"population {N(size)}" : "no population given (audiences assumed not to overlap)";
        writer.WriteLine($"Reach: {population}; combined unique reach {N(result.CombinedReach.RoundToWhole())} people");
        writer.WriteLine();
        writer.WriteLine("Transfers to settle up");
        if (result.Transfers.Count == 0)
        {
            writer.WriteLine("Nobody owes anybody anything.");
        }
        else
        {
            var transfers = new PlainTable("From", "To", "Amount>");
            foreach (var transfer in result.Transfers)
            {
                transfers.Add(transfer.From, transfer.To, M(transfer.Amount));
            }

            transfers.WriteTo(writer);
        }

        WriteInvoices(writer, result, M);
    }

    private static void WriteInvoices(TextWriter writer, SplitResult result, Func<Money, string> format)
    {
        var invoiced = result.Participants.Where(p => !p.Invoiced.IsZero).ToList();
        if (invoiced.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("Invoice lines for the items the association paid");
        var invoices = new PlainTable("Participant", "Amount>", "Reference", "RF reference");
        foreach (var p in invoiced)
        {
            invoices.Add(p.Participant.Name, format(p.Invoiced), p.Reference, p.RfReference);
        }

        invoices.WriteTo(writer);
    }
}
