using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoMarketing.Reports.Exports.Xlsx;

/// <summary>
/// Saves sheets as an XLSX package with DocumentFormat.OpenXml (which, unlike ClosedXML, runs under Native AOT):
/// A4 portrait, fit to one page wide, the header rows repeated on every printed page.
/// </summary>
internal static class XlsxWorkbook
{
    public static void Save(Stream output, IReadOnlyList<XlsxSheet> sheets, string dateFormat)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = XlsxStyles.Build(dateFormat);
        var sheetList = new Sheets();
        var names = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = Worksheet(sheet);
            sheetList.Append(new Sheet { Name = sheet.Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) });
            if (sheet.HeaderRows is { } rows)
            {
                names.Append(new DefinedName($"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'!${rows.First}:${rows.Last}")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = (uint)i,
                });
            }
        }

        workbookPart.Workbook.Append(sheetList);
        if (names.HasChildren)
        {
            workbookPart.Workbook.Append(names);
        }

        workbookPart.Workbook.Append(new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
        workbookPart.Workbook.Save();
    }

    private static Worksheet Worksheet(XlsxSheet sheet)
    {
        var columns = new Columns();
        foreach (var (column, width) in sheet.Widths)
        {
            columns.Append(new Column { Min = (uint)column, Max = (uint)column, Width = width, CustomWidth = true });
        }

        var data = new SheetData();
        foreach (var row in sheet.Rows)
        {
            data.Append(row);
        }

        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        if (columns.HasChildren)
        {
            worksheet.Append(columns);
        }

        worksheet.Append(
            data,
            new PrintOptions { GridLines = false },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }
}
