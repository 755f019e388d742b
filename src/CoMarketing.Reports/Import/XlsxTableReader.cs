using System.Globalization;
using ClosedXML.Excel;
using CoMarketing.Core.Common;

namespace CoMarketing.Reports.Import;

/// <summary>
/// Reads the first worksheet of an XLSX workbook into an <see cref="ImportTable"/>: row 1 names the columns, and a
/// row's line number is its spreadsheet row number. Numbers are written invariantly (<c>0.4</c>, <c>56101</c>).
/// </summary>
public static class XlsxTableReader
{
    public static ImportTable Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or FormatException or InvalidOperationException)
        {
            throw new DomainException($"The file is not a readable XLSX workbook ({ex.Message}).", ex);
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault();
            var used = sheet?.RangeUsed();
            if (sheet is null || used is null)
            {
                return ImportTable.Empty with { Problems = [new ImportProblem(1, "the first worksheet is empty; its first row must name the columns.")] };
            }

            var lastColumn = used.LastColumn().ColumnNumber();
            var lastRow = used.LastRow().RowNumber();
            var header = Enumerable.Range(1, lastColumn).Select(c => Text(sheet.Cell(1, c))).ToList();
            var width = header.FindLastIndex(h => h.Length > 0) + 1;
            var raw = Enumerable.Range(2, Math.Max(0, lastRow - 1))
                .Select(r => (r, (IReadOnlyList<string>)[.. Enumerable.Range(1, lastColumn).Select(c => Text(sheet.Cell(r, c)))]));
            return ImportTable.FromRaw(header.Take(width).ToList(), raw);
        }
    }

    private static string Text(IXLCell cell) => cell.Value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        null => string.Empty,
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
