using CoMarketing.Core.Association;
using CoMarketing.Core.Finance;
using CoMarketing.Reports.Exports.Xlsx;

namespace CoMarketing.Reports.Exports.Results;

/// <summary>
/// The results report as an XLSX workbook: one sheet per section, the header row repeated on every printed page, A4
/// fitted to width; counts and amounts as numbers, percentages as percent cells, unknown figures empty, and each
/// total row's additive columns as <c>SUM</c> formulas with their cached values.
/// </summary>
public static class ReportXlsxWriter
{
    public static byte[] Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sheets = new List<XlsxSheet>();
        var about = new XlsxSheet(document.Labels.Title);
        about.Text(1, 1, document.Title, XlsxStyles.Bold);
        about.Text(2, 1, document.Meta);
        about.Text(3, 1, document.Labels.Note);
        if (document.Report.IsEmpty)
        {
            about.Text(5, 1, document.Labels.Empty);
        }

        sheets.Add(about);
        foreach (var table in document.Tables)
        {
            var sheet = new XlsxSheet(SheetName(table.Title));
            sheet.Header(1, 1, [.. table.Columns.Select(c => c.Header)]);
            sheet.HeaderRows = (1, 1);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = r + 2;
                var total = table.HasTotal && r == table.Rows.Count - 1;
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var column = table.Columns[c];
                    var cell = table.Rows[r][c];
                    if (total && column.Additive && table.Rows.Count > 1)
                    {
                        var style = column.Kind == ReportColumnKind.Amount ? XlsxStyles.CurrencyBold : XlsxStyles.Whole;
                        sheet.Formula(row, c + 1, XlsxSheet.Sum(c + 1, 2, row - 1), Value(cell), style);
                        continue;
                    }

                    switch (cell)
                    {
                        case string text:
                            sheet.Text(row, c + 1, text, total ? XlsxStyles.Bold : XlsxStyles.Text);
                            break;
                        case long count:
                            sheet.Number(row, c + 1, count, XlsxStyles.Whole);
                            break;
                        case Money money:
                            sheet.Number(row, c + 1, money.ToDecimal(), XlsxStyles.Currency);
                            break;
                        case decimal fraction:
                            sheet.Number(row, c + 1, fraction, XlsxStyles.Percent);
                            break;
                    }
                }
            }

            sheets.Add(sheet);
        }

        using var stream = new MemoryStream();
        XlsxWorkbook.Save(stream, sheets, document.Labels.Summary.Language == Language.Finnish ? "d.m.yyyy" : "d mmm yyyy");
        return stream.ToArray();
    }

    private static decimal Value(object? cell) => cell switch
    {
        long count => count,
        Money money => money.ToDecimal(),
        decimal number => number,
        _ => 0,
    };

    /// <summary>A sheet name Excel accepts: at most 31 characters, none of <c>[]:*?/\</c>.</summary>
    private static string SheetName(string title)
    {
        var name = new string([.. title.Select(ch => "[]:*?/\\".Contains(ch, StringComparison.Ordinal) ? '-' : ch)]);
        return name.Length <= 31 ? name : name[..31];
    }
}
