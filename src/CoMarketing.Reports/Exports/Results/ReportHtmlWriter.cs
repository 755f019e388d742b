using System.Globalization;
using System.Text;
using CoMarketing.Core.Finance;

namespace CoMarketing.Reports.Exports.Results;

/// <summary>
/// The results report as one self-contained HTML page printable on A4 portrait: the summary's print style, the tables,
/// and two inline SVG bar charts (new customers per period; acquisition cost against customer value per campaign).
/// No scripts, no links; every text is HTML-escaped.
/// </summary>
public static class ReportHtmlWriter
{
    private const string ReportStyle = """
        table.figures { font-size: 8pt; }
        svg.chart { width: 100%; height: auto; display: block; margin: 0 0 3mm; }
        svg.chart text { font-family: Arial, sans-serif; font-size: 9px; fill: #111; }
        figure { margin: 0; page-break-inside: avoid; }
        p.note { color: #444; font-style: italic; margin: 0 0 4mm; }
        """;

    private const double Width = 700;

    public static string Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        var e = HtmlSummaryWriter.E;
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(document.Labels.Summary.Code).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(e(document.Title)).Append("</title>\n<style>\n").Append(HtmlSummaryWriter.Style).Append(ReportStyle).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(e(document.Title)).Append("</h1>\n");
        html.Append("<p class=\"meta\">").Append(e(document.Meta)).Append("</p>\n");
        html.Append("<p class=\"note\">").Append(e(document.Labels.Note)).Append("</p>\n");
        var tables = document.Tables;
        if (tables.Count == 0)
        {
            html.Append("<p>").Append(e(document.Labels.Empty)).Append("</p>\n");
        }
        else
        {
            var l = document.Labels;
            html.Append("<h2>").Append(e(l.NewCustomersChart)).Append("</h2>\n");
            Bars(html, [.. ReportTables.NewCustomers(document.Report, l).Select(b => (b.Label, (decimal)b.Value, l.Summary.Whole(b.Value)))]);
            html.Append("<h2>").Append(e(l.CostValueChart)).Append("</h2>\n");
            Pairs(html, ReportTables.CostAgainstValue(document.Report), l);
        }

        foreach (var table in tables)
        {
            var section = new StringBuilder();
            HtmlSummaryWriter.AppendSection(section, document.Section(table), document.Labels.Summary.None);
            html.Append(section.Replace("<table>", "<table class=\"figures\">"));
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Horizontal bars: the label, a bar proportional to the value, the value beside it.</summary>
    private static void Bars(StringBuilder html, IReadOnlyList<(string Label, decimal Value, string Shown)> bars)
    {
        const double row = 14;
        var maximum = bars.Select(b => Math.Abs(b.Value)).DefaultIfEmpty(0).Max();
        Open(html, bars.Count * row);
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, shown) = bars[i];
            var length = maximum == 0 ? 0 : (double)(Math.Abs(value) / maximum) * (Width - 260);
            var y = i * row;
            Label(html, label, y + 10);
            html.Append(Svg($"<rect x=\"190\" y=\"{y + 2}\" width=\"{Math.Max(length, 0.5)}\" height=\"10\" fill=\"steelblue\"/>"));
            html.Append(Svg($"<text x=\"{194 + length}\" y=\"{y + 10}\">")).Append(HtmlSummaryWriter.E(shown)).Append("</text>\n");
        }

        html.Append("</svg></figure>\n");
    }

    /// <summary>Two bars per campaign (acquisition cost, customer value) on one scale, with a legend.</summary>
    private static void Pairs(StringBuilder html, IReadOnlyList<(string Label, Money Cost, Money Value)> pairs, ReportLabels labels)
    {
        const double row = 26;
        var l = labels.Summary;
        var maximum = pairs.SelectMany(p => new[] { p.Cost.Cents, p.Value.Cents }).Select(Math.Abs).DefaultIfEmpty(0).Max();
        Open(html, (pairs.Count * row) + 16);
        html.Append("<rect x=\"190\" y=\"2\" width=\"10\" height=\"8\" fill=\"darkorange\"/><text x=\"204\" y=\"10\">")
            .Append(HtmlSummaryWriter.E(l.AcquisitionCost)).Append("</text>")
            .Append("<rect x=\"380\" y=\"2\" width=\"10\" height=\"8\" fill=\"seagreen\"/><text x=\"394\" y=\"10\">")
            .Append(HtmlSummaryWriter.E(l.CustomerValue)).Append("</text>\n");
        for (var i = 0; i < pairs.Count; i++)
        {
            var (label, cost, value) = pairs[i];
            var y = 16 + (i * row);
            Label(html, label, y + 14);
            foreach (var (amount, colour, offset) in new[] { (cost, "darkorange", 2.0), (value, "seagreen", 13.0) })
            {
                var length = maximum == 0 ? 0 : (double)Math.Abs(amount.Cents) / maximum * (Width - 280);
                html.Append(Svg($"<rect x=\"190\" y=\"{y + offset}\" width=\"{Math.Max(length, 0.5)}\" height=\"9\" fill=\"{colour}\"/>"));
                html.Append(Svg($"<text x=\"{194 + length}\" y=\"{y + offset + 8}\">")).Append(HtmlSummaryWriter.E(amount.IsZero ? labels.Unknown : l.Euros(amount))).Append("</text>\n");
            }
        }

        html.Append("</svg></figure>\n");
    }

    private static void Open(StringBuilder html, double height)
        => html.Append(Svg($"<figure><svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height + 4}\" role=\"img\">\n"));

    private static void Label(StringBuilder html, string label, double y)
    {
        var shown = label.Length > 34 ? label[..33] + "…" : label;
        html.Append(Svg($"<text x=\"0\" y=\"{y}\">")).Append(HtmlSummaryWriter.E(shown)).Append("</text>\n");
    }

    private static string Svg(FormattableString markup) => markup.ToString(CultureInfo.InvariantCulture);
}
