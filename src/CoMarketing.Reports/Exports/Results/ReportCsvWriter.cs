using System.Globalization;
using System.Text;
using CoMarketing.Core.Finance;

namespace CoMarketing.Reports.Exports.Results;

/// <summary>
/// The results report as CSV in a dialect (<see cref="CsvDialect"/>; UTF-8 with a BOM, CRLF): a first table naming
/// the report and its range, then each section as its title on a line of its own, its header row and its rows,
/// separated by empty lines. Figures are plain numbers (a percentage as its number of percent, an unknown one empty);
/// text is neutralised against formula injection and quoted as RFC 4180 says.
/// </summary>
public static class ReportCsvWriter
{
    public static byte[] Write(ReportDocument document, CsvDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(dialect);
        var (l, labels) = (document.Labels.Summary, document.Labels);
        var text = new StringBuilder();
        void Line(IEnumerable<string> cells) => text.Append(string.Join(dialect.Delimiter, cells.Select(c => Quote(c, dialect.Delimiter)))).Append("\r\n");
        string Date(DateOnly date) => date.ToString(dialect.DecimalSeparator == ',' ? "d.M.yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Line([labels.Title, labels.Period, l.Start, l.End, l.Association, l.Issued]);
        var report = document.Report;
        Line([
            document.Title,
            report.Period switch { Core.Campaigns.ResultPeriod.Week => labels.Weekly, Core.Campaigns.ResultPeriod.Month => labels.Monthly, _ => labels.Quarterly },
            report.Periods.Count == 0 ? string.Empty : Date(report.From),
            report.Periods.Count == 0 ? string.Empty : Date(report.To),
            CsvSummaryWriter.Neutralise(document.Association),
            Date(document.Issued),
        ]);
        foreach (var table in document.Tables)
        {
            Line([]);
            Line([table.Title]);
            Line(table.Columns.Select(c => c.Kind == ReportColumnKind.Ratio && !c.Header.Contains('%', StringComparison.Ordinal) ? c.Header + " %" : c.Header));
            foreach (var row in table.Rows)
            {
                Line(row.Select(cell => cell switch
                {
                    null => string.Empty,
                    string name => CsvSummaryWriter.Neutralise(name),
                    long count => count.ToString(CultureInfo.InvariantCulture),
                    Money money => dialect.Amount(money),
                    decimal fraction => dialect.Number(fraction * 100),
                    _ => string.Empty,
                }));
            }
        }

        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string field, char delimiter)
    {
        var needs = field.IndexOfAny([delimiter, '"', '\r', '\n']) >= 0 || (field.Length > 0 && (field[0] is ' ' or '\'' || field[^1] == ' '));
        return needs ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}
