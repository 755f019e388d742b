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
    /// A workbook whose first sheet holds exactly <paramref name="cells"/>: a number becomes a numeric cell, anything
    /// else an inline string, as spreadsheet programs write them.
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
                    row.Append(value is int or long or double or decimal
                        ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!) }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!)) });
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Members" }));
        }

        return memory.ToArray();
    }

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
