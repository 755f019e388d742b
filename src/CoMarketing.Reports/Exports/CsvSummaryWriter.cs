using System.Globalization;
using System.Text;
using CoMarketing.Core.Reports;

namespace CoMarketing.Reports.Exports;

/// <summary>
/// Writes a <see cref="CampaignSummary"/> as CSV in the dialect's language: one table per section (campaign, items,
/// participants, reach, payment instructions), each with its own header row, separated by an empty line.
/// </summary>
/// <remarks>
/// Quoting follows RFC 4180: a field holding the delimiter, a quote, a line break or leading/trailing spaces is
/// quoted and its quotes doubled. Lines end in CRLF; the file starts with a UTF-8 BOM in both dialects, so importers
/// that do not assume UTF-8 still read ä and ö. Text cells that a spreadsheet would take for a formula (starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) are neutralised as OWASP's CSV-injection guidance says: a
/// leading <c>'</c> and quoted. Amount cells are written as plain numbers, so a negative amount stays a number.
/// Written by hand rather than with CsvHelper 34, whose writer API does not fit sectioned files with differing
/// column counts.
/// </remarks>
public sealed class CsvSummaryWriter
{
    private readonly CsvDialect _dialect;
    private readonly SummaryLabels _labels;

    public CsvSummaryWriter(CsvDialect dialect, SummaryLabels? labels = null)
    {
        _dialect = dialect ?? throw new ArgumentNullException(nameof(dialect));
        _labels = labels ?? (dialect.DecimalSeparator == ',' ? SummaryLabels.Finnish : SummaryLabels.English);
    }

    /// <summary>The file's bytes: UTF-8 with a BOM; with <paramref name="terms"/> each payment instruction has its due date.</summary>
    public byte[] WriteBytes(CampaignSummary summary, PaymentTerms? terms = null)
    {
        var text = Encoding.UTF8.GetBytes(Write(summary, terms));
        return _dialect.ByteOrderMark ? [.. Encoding.UTF8.Preamble, .. text] : text;
    }

    /// <summary>The CSV text; with <paramref name="terms"/> each payment instruction has its due date in a last column.</summary>
    public string Write(CampaignSummary summary, PaymentTerms? terms = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var (d, l) = (_dialect, _labels);
        var c = summary.Campaign;
        var lines = new List<IReadOnlyList<string>>
        {
            Head(l.Campaign, l.Goal, l.Target, l.Start, l.End, l.Status, l.Settlement, l.Association, l.Currency),
            Row(T(c.Name), l.Word(c.Goal), d.Number(c.Target), Date(c.Start), Date(c.End), l.Word(c.Status), l.Word(SummarySections.SettlementWord(summary)), T(summary.Association), summary.Currency),
            Row(),
            Head(l.Item, l.Rule, l.PaidBy, l.VatPercent, l.Participant, l.Net, l.Vat, l.Gross),
        };
        foreach (var item in summary.Items)
        {
            for (var i = 0; i <= summary.Participants.Count; i++)
            {
                var total = i == summary.Participants.Count;
                var part = total ? item.Amounts : item.Parts[i];
                lines.Add(Row(T(item.Description), l.Word(item.Rule), T(summary.NameOf(item.PaidBy)), d.Number(item.VatPercent), total ? l.Total : T(summary.Participants[i].Name), d.Amount(part.Net), d.Amount(part.Vat), d.Amount(part.Gross)));
            }
        }

        lines.Add(Row());
        lines.Add(Head(l.Participant, l.Net, l.Vat, l.Gross, l.Paid, l.Balance, l.OwnReach, l.NewReach, l.Reference, l.RfReference));
        foreach (var p in summary.Participants)
        {
            lines.Add(Row(T(p.Name), d.Amount(p.Owed.Net), d.Amount(p.Owed.Vat), d.Amount(p.Owed.Gross), d.Amount(p.Paid), d.Amount(p.Balance), Whole(p.OwnReach), Whole(p.NewReach), p.Reference, p.RfReference));
        }

        lines.Add(Row(l.Total, d.Amount(summary.Totals.Net), d.Amount(summary.Totals.Vat), d.Amount(summary.Totals.Gross), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty));
        lines.Add(Row());
        lines.Add(Head(l.Population, l.CombinedReach));
        lines.Add(Row(summary.Population is { } population ? Whole(population) : string.Empty, Whole(summary.CombinedReach)));
        lines.Add(Row());
        if (terms is null)
        {
            lines.Add(Head(l.Payer, l.Payee, l.Amount, l.Reference, l.RfReference));
            lines.AddRange(summary.PaymentInstructions.Select(t => Row(T(t.FromName), T(t.ToName), d.Amount(t.Amount), t.Reference, t.RfReference)));
        }
        else
        {
            lines.Add(Head(l.Payer, l.Payee, l.Amount, l.Reference, l.RfReference, l.DueDate));
            lines.AddRange(summary.PaymentInstructions.Select(t => Row(T(t.FromName), T(t.ToName), d.Amount(t.Amount), t.Reference, t.RfReference, Date(terms.Due))));
        }

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(string.Join(d.Delimiter, line.Select(Quote))).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// A text cell made safe from CSV injection (OWASP): one starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab
    /// or CR gets a leading <c>'</c>, so a spreadsheet shows it as text instead of running it.
    /// </summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    private static string T(string text) => Neutralise(text);

    private static string[] Row(params string[] cells) => cells;

    private static string[] Head(params string[] cells) => cells;

    private string Date(DateOnly date) => _dialect.DecimalSeparator == ','
        ? date.ToString("d.M.yyyy", CultureInfo.InvariantCulture)
        : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    private string Quote(string field)
    {
        var needs = field.IndexOfAny([_dialect.Delimiter, '"', '\r', '\n']) >= 0 || (field.Length > 0 && (field[0] is ' ' or '\'' || field[^1] == ' '));
        return needs ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}
