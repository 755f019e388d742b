using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoMarketing.Reports.Tests.Import.Hostile;

/// <summary>Builds XLSX files cell by cell with the Open XML SDK, and damages them the ways seen in the wild.</summary>
internal static class XlsxFiles
{
    /// <summary>A workbook whose first sheet holds exactly <paramref name="cells"/> (reference → text).</summary>
    public static byte[] With(params (string Reference, string Text)[] cells)
        => WithValues([.. cells.Select(c => (c.Reference, (object)c.Text))]);

    /// <summary>
    /// A workbook whose first sheet holds exactly <paramref name="cells"/>: a number becomes a numeric cell, a
    /// <see cref="DateTime"/> a serial number in the built-in date format 14, a <see cref="DateOnly"/> one in the custom
    /// Finnish format <c>d.m.yyyy</c>, anything else an inline string, as spreadsheet programs write them.
    /// </summary>
    public static byte[] WithValues(params (string Reference, object Value)[] cells)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var group in cells.GroupBy(c => RowOf(c.Reference)).OrderBy(g => g.Key))
            {
                var row = new Row { RowIndex = group.Key };
                foreach (var (reference, value) in group)
                {
                    row.Append(value switch
                    {
                        DateTime moment => Serial(reference, moment, style: 1),
                        DateOnly day => Serial(reference, day.ToDateTime(TimeOnly.MinValue), style: 2),
                        int or long or double or decimal => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!) },
                        _ => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!)) },
                    });
                }

                data.Append(row);
            }

            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "d.m.yyyy" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(
                    new CellFormat { NumberFormatId = 0 },
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Members" }));
        }

        return memory.ToArray();
    }

    private static Cell Serial(string reference, DateTime moment, uint style)
        => new()
        {
            CellReference = reference,
            StyleIndex = style,
            CellValue = new CellValue(moment.ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };

    /// <summary>A zip with no entries at all, named .xlsx by whoever made it.</summary>
    public static byte[] EmptyZip()
    {
        using var memory = new MemoryStream();
        using (new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
        }

        return memory.ToArray();
    }

    /// <summary><paramref name="xlsx"/> with the entry <paramref name="name"/> rewritten by <paramref name="change"/>.</summary>
    public static byte[] Rewrite(byte[] xlsx, string name, Func<string, string> change)
    {
        using var memory = new MemoryStream();
        memory.Write(xlsx);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"no {name}");
            string text;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(change(text));
        }

        return memory.ToArray();
    }

    private static uint RowOf(string reference) => uint.Parse(reference.TrimStart([.. "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]), System.Globalization.CultureInfo.InvariantCulture);
}
