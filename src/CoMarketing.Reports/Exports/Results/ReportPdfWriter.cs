using CoMarketing.Reports.Exports.Pdf;

namespace CoMarketing.Reports.Exports.Results;

/// <summary>
/// The results report as an A4 PDF with PDFsharp: the title, association and range, how figures are counted, a bar
/// chart of new customers per period, paired bars of acquisition cost against customer value per campaign, and the
/// same tables as every other format.
/// </summary>
public static class ReportPdfWriter
{
    public static byte[] Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (labels, l) = (document.Labels, document.Labels.Summary);
        using var canvas = new PdfCanvas(document.Title);
        canvas.Title(document.Title);
        canvas.Text(document.Meta, bold: true);
        canvas.Text(labels.Note);
        var tables = document.Tables;
        if (tables.Count == 0)
        {
            canvas.Text(labels.Empty);
            return canvas.Save();
        }

        canvas.Heading(labels.NewCustomersChart);
        canvas.Bars([.. ReportTables.NewCustomers(document.Report, labels).Select(b => (b.Label, (decimal)b.Value, l.Whole(b.Value)))]);
        canvas.Heading(labels.CostValueChart);
        canvas.Pairs(
            [.. ReportTables.CostAgainstValue(document.Report).Select(p => (p.Label, p.Cost.ToDecimal(), p.Cost.IsZero ? labels.Unknown : l.Euros(p.Cost), p.Value.ToDecimal(), p.Value.IsZero ? labels.Unknown : l.Euros(p.Value)))],
            l.AcquisitionCost,
            l.CustomerValue);
        foreach (var table in tables)
        {
            canvas.Heading(table.Title);
            canvas.Table(document.Section(table));
        }

        return canvas.Save();
    }
}
