using System.Globalization;
using System.Xml;
using CoMarketing.Core.Common;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoMarketing.Reports.Import;

/// <summary>
/// Reads the first worksheet of an XLSX workbook into an <see cref="ImportTable"/> with the Open XML SDK's streaming
/// reader (no ClosedXML: it fails under Native AOT): row 1 names the columns, and a row's line number is its
/// spreadsheet row number. Only the cells that exist are read, so one cell at <c>XFD1048576</c> costs one cell, not
/// a grid; a filled cell beyond <see cref="MaxRows"/> rows or <see cref="MaxColumns"/> columns is refused in words.
/// Numbers are written invariantly (<c>0.4</c>, <c>56101</c>); a number shown as a date (by its cell's number format)
/// is read as that date, <c>2027-06-08</c>, not as Excel's serial number 46546. A file that is not a workbook is a
/// <see cref="DomainException"/>, never a crash.
/// </summary>
public static class XlsxTableReader
{
    /// <summary>The most rows (header included) an import reads.</summary>
    public const int MaxRows = 10_000;

    /// <summary>The most columns an import reads (the member format has 15).</summary>
    public const int MaxColumns = 100;

    public static ImportTable Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            return ReadFirstSheet(document);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException
            or IOException or FormatException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            throw new DomainException($"The file is not a readable XLSX workbook ({OneLine(ex.Message)}); save it again from the spreadsheet program as .xlsx.", ex);
        }
    }

    private static ImportTable ReadFirstSheet(SpreadsheetDocument document)
    {
        var workbookPart = document.WorkbookPart ?? throw new DomainException("The file is not a readable XLSX workbook (it has no workbook part); save it again from the spreadsheet program as .xlsx.");
        var sheet = workbookPart.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (sheet?.Id?.Value is not { Length: > 0 } id || workbookPart.GetPartById(id) is not WorksheetPart worksheetPart)
        {
            return Empty("the workbook has no worksheet");
        }

        var strings = SharedStrings(workbookPart);
        var dateStyles = DateStyles(workbookPart);
        var cells = new SortedDictionary<int, SortedDictionary<int, string>>();
        var lastRow = 0;
        using (var reader = OpenXmlReader.Create(worksheetPart))
        {
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    var r = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                    lastRow = int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : lastRow + 1;
                }
                else if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
                {
                    var cell = (Cell)reader.LoadCurrentElement()!;
                    var text = Text(cell, strings, dateStyles);
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    var (row, column) = Position(cell.CellReference?.Value, lastRow);
                    if (row > MaxRows || column > MaxColumns)
                    {
                        throw new DomainException($"Cell {cell.CellReference?.Value ?? $"R{row}C{column}"} is beyond what an import reads ({MaxColumns} columns, {MaxRows} rows); delete the cells beyond, or split the file.");
                    }

                    if (!cells.TryGetValue(row, out var rowCells))
                    {
                        cells[row] = rowCells = [];
                    }

                    rowCells[column] = text;
                }
            }
        }

        if (!cells.TryGetValue(1, out var headerCells))
        {
            return Empty("the first worksheet has no header row");
        }

        var width = headerCells.Keys.Max();
        var header = Enumerable.Range(1, width).Select(c => headerCells.GetValueOrDefault(c, string.Empty)).ToList();
        var rows = cells.Where(r => r.Key > 1).Select(r =>
        {
            var last = Math.Max(width, r.Value.Keys.Max());
            return (r.Key, (IReadOnlyList<string>)[.. Enumerable.Range(1, last).Select(c => r.Value.GetValueOrDefault(c, string.Empty))]);
        });
        return ImportTable.FromRaw(header, rows);
    }

    private static ImportTable Empty(string why)
        => ImportTable.Empty with { Problems = [new ImportProblem(1, $"{why}; the first row of the first worksheet must name the columns.")] };

    private static List<string> SharedStrings(WorkbookPart workbookPart)
    {
        var strings = new List<string>();
        if (workbookPart.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(((SharedStringItem)reader.LoadCurrentElement()!).InnerText);
            }
        }

        return strings;
    }

    /// <summary>
    /// The cell style indexes whose number format shows a date or time: the built-in ones (14–22, 45–47) and custom
    /// formats with a day, month, year or hour code outside quotes and brackets (<c>d.m.yyyy</c>, <c>[$-40B]d.m.yy</c>).
    /// </summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbookPart)
    {
        var styles = new HashSet<uint>();
        if (workbookPart.WorkbookStylesPart?.Stylesheet is not { } sheet || sheet.CellFormats is null)
        {
            return styles;
        }

        var custom = sheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? string.Empty) ?? [];
        uint index = 0;
        foreach (var format in sheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is (>= 14 and <= 22) or (>= 45 and <= 47) || (custom.TryGetValue(id, out var code) && IsDateCode(code)))
            {
                styles.Add(index);
            }

            index++;
        }

        return styles;
    }

    private static bool IsDateCode(string code)
    {
        var quoted = false;
        var bracket = false;
        foreach (var c in code)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '[' when !quoted:
                    bracket = true;
                    break;
                case ']' when !quoted:
                    bracket = false;
                    break;
                default:
                    if (!quoted && !bracket && char.ToLowerInvariant(c) is 'd' or 'm' or 'y' or 'h')
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>A date cell's serial number as an ISO date (with the time when it has one); null when out of range.</summary>
    private static string? DateText(double serial)
    {
        // Excel's day 60 is the 29 February 1900 that never was; OADate counts from 30.12.1899 the same way after it.
        if (serial < 1 || serial >= 2958466)
        {
            return null;
        }

        var moment = DateTime.FromOADate(serial);
        return moment.TimeOfDay == TimeSpan.Zero
            ? moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    private static string Text(Cell cell, List<string> strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index].Trim() : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return (cell.InlineString?.InnerText ?? raw).Trim();
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "true" : raw == "0" ? "false" : raw;
        }

        if (type == CellValues.String || type == CellValues.Error)
        {
            return raw.Trim();
        }

        if (type == CellValues.Date)
        {
            return raw.Trim();
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return raw.Trim();
        }

        return cell.StyleIndex?.Value is { } style && dateStyles.Contains(style) && DateText(number) is { } date
            ? date
            : number.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>The 1-based row and column of a reference like <c>XFD1048576</c>; the current row when it has none.</summary>
    private static (int Row, int Column) Position(string? reference, int currentRow)
    {
        var column = 0;
        var i = 0;
        var text = reference ?? string.Empty;
        for (; i < text.Length && char.IsAsciiLetter(text[i]); i++)
        {
            column = Math.Min((column * 26) + (char.ToUpperInvariant(text[i]) - 'A' + 1), int.MaxValue / 27);
        }

        var row = int.TryParse(text.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : currentRow;
        return (Math.Max(row, 1), Math.Max(column, 1));
    }

    private static string OneLine(string message)
    {
        var line = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 160 ? line : string.Concat(line.AsSpan(0, 159), "…");
    }
}
