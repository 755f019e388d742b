using System.Globalization;
using System.Net;
using System.Text;
using CoMarketing.Core.Reports;

namespace CoMarketing.Reports.Exports;

/// <summary>
/// Writes a <see cref="CampaignSummary"/> as one self-contained HTML page (inline CSS, no scripts or links),
/// printable on A4; every text is HTML-escaped.
/// </summary>
public sealed class HtmlSummaryWriter
{
    internal const string Style = """
        @page { size: A4 portrait; margin: 12mm; }
        body { font-family: "Segoe UI", Arial, sans-serif; font-size: 9pt; color: #111; margin: 0 auto; max-width: 186mm; }
        h1 { font-size: 16pt; margin: 0 0 2mm; }
        h2 { font-size: 12pt; margin: 6mm 0 2mm; }
        p.meta { color: #444; margin: 0 0 4mm; }
        table { border-collapse: collapse; width: 100%; table-layout: auto; page-break-inside: auto; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; }
        th, td { border-bottom: 1px solid #ccc; padding: 0.8mm 1.2mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #eee; }
        td.num, th.num { text-align: right; white-space: nowrap; overflow-wrap: normal; }
        th.num { white-space: normal; }
        tr.total td { font-weight: bold; }
        """;

    private readonly SummaryLabels _labels;

    public HtmlSummaryWriter(CultureInfo culture) => _labels = SummaryLabels.For(culture ?? throw new ArgumentNullException(nameof(culture)));

    /// <summary>The summary; with <paramref name="terms"/> its payment instructions carry the due date, and the line under the title the association's details.</summary>
    public string Write(CampaignSummary summary, PaymentTerms? terms = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Render(summary.Campaign.Name, StatementMeta.OfSummary(summary, _labels, terms), SummarySections.Build(summary, _labels, terms));
    }

    /// <summary>One member's statement (see <see cref="StatementSections"/>).</summary>
    public string WriteStatement(CampaignSummary summary, SummaryParticipant member, PaymentTerms terms)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(terms);
        return Render($"{_labels.Statement}: {member.Name}", StatementMeta.Of(summary, _labels, terms), StatementSections.Build(summary, member, _labels, terms));
    }

    private string Render(string title, string meta, IReadOnlyList<SummarySection> sections)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(_labels.Code).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n");
        html.Append("<p class=\"meta\">").Append(E(meta)).Append("</p>\n");
        foreach (var section in sections)
        {
            AppendSection(html, section, _labels.None);
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Appends one section: its heading and its table (or <paramref name="none"/> when it has no rows).</summary>
    internal static void AppendSection(StringBuilder html, SummarySection section, string none)
    {
        html.Append("<h2>").Append(E(section.Title)).Append("</h2>\n");
        if (section.Rows.Count == 0)
        {
            html.Append("<p>").Append(E(none)).Append("</p>\n");
            return;
        }

        html.Append("<table>\n<thead><tr>");
        for (var c = 0; c < section.Headers.Count; c++)
        {
            html.Append(section.Numeric[c] ? "<th class=\"num\">" : "<th>").Append(E(section.Headers[c])).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var r = 0; r < section.Rows.Count; r++)
        {
            var row = section.Rows[r];
            html.Append(section.TotalRows.Contains(r) ? "<tr class=\"total\">" : "<tr>");
            for (var c = 0; c < row.Count; c++)
            {
                html.Append(section.Numeric[c] ? "<td class=\"num\">" : "<td>").Append(E(row[c])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
