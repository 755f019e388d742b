using System.Globalization;
using System.Text;
using CoMarketing.Core.Reports;

namespace CoMarketing.Reports.Exports;

/// <summary>
/// Writes a <see cref="CampaignSummary"/> as CSV: one table per section (campaign, items, participants, reach,
/// transfers, invoice lines), each with its own header row, separated by an empty line.
/// </summary>
/// <remarks>
/// Quoting follows RFC 4180: a field holding the delimiter, a quote, a line break or leading/trailing spaces is
/// quoted and its quotes doubled. Lines end in CRLF. Written by hand rather than with CsvHelper 34, whose writer
/// API does not fit sectioned files with differing column counts.
/// </remarks>
public sealed class CsvSummaryWriter
{
    private readonly CsvDialect _dialect;

    public CsvSummaryWriter(CsvDialect dialect) => _dialect = dialect ?? throw new ArgumentNullException(nameof(dialect));

    /// <summary>The file's bytes: UTF-8, with a BOM in the Finnish dialect.</summary>
    public byte[] WriteBytes(CampaignSummary summary)
    {
        var text = Encoding.UTF8.GetBytes(Write(summary));
        return _dialect.ByteOrderMark ? [.. Encoding.UTF8.Preamble, .. text] : text;
    }

    public string Write(CampaignSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var d = _dialect;
        var c = summary.Campaign;
        var lines = new List<IReadOnlyList<string>>
        {
            Row("campaign", "goal", "target", "start", "end", "status", "association", "currency"),
            Row(c.Name, c.Goal, d.Number(c.Target), Date(c.Start), Date(c.End), c.Status, summary.Association, summary.Currency),
            Row(),
            Row("item", "rule", "paid by", "vat %", "participant", "net", "vat", "gross"),
        };
        foreach (var item in summary.Items)
        {
            for (var i = 0; i < summary.Participants.Count; i++)
            {
                var part = item.Parts[i];
                lines.Add(Row(item.Description, item.Rule, summary.NameOf(item.PaidBy), d.Number(item.VatPercent), summary.Participants[i].Name, d.Amount(part.Net), d.Amount(part.Vat), d.Amount(part.Gross)));
            }

            lines.Add(Row(item.Description, item.Rule, summary.NameOf(item.PaidBy), d.Number(item.VatPercent), "total", d.Amount(item.Amounts.Net), d.Amount(item.Amounts.Vat), d.Amount(item.Amounts.Gross)));
        }

        lines.Add(Row());
        lines.Add(Row("participant", "net", "vat", "gross", "paid", "balance", "own reach", "new reach"));
        foreach (var p in summary.Participants)
        {
            lines.Add(Row(p.Name, d.Amount(p.Owed.Net), d.Amount(p.Owed.Vat), d.Amount(p.Owed.Gross), d.Amount(p.Paid), d.Amount(p.Balance), Whole(p.OwnReach), Whole(p.NewReach)));
        }

        lines.Add(Row("total", d.Amount(summary.Totals.Net), d.Amount(summary.Totals.Vat), d.Amount(summary.Totals.Gross), string.Empty, string.Empty, string.Empty, string.Empty));
        lines.Add(Row());
        lines.Add(Row("population", "combined reach"));
        lines.Add(Row(summary.Population is { } population ? Whole(population) : string.Empty, Whole(summary.CombinedReach)));
        lines.Add(Row());
        lines.Add(Row("from", "to", "amount"));
        lines.AddRange(summary.Transfers.Select(t => Row(t.FromName, t.ToName, d.Amount(t.Amount))));
        lines.Add(Row());
        lines.Add(Row("invoice to", "amount", "reference", "rf reference"));
        lines.AddRange(summary.InvoiceLines.Select(p => Row(p.Name, d.Amount(p.Invoiced), p.Reference, p.RfReference)));

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(string.Join(d.Delimiter, line.Select(Quote))).Append("\r\n");
        }

        return text.ToString();
    }

    private static string[] Row(params string[] cells) => cells;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    private string Quote(string field)
    {
        var needs = field.IndexOfAny([_dialect.Delimiter, '"', '\r', '\n']) >= 0 || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '));
        return needs ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}
