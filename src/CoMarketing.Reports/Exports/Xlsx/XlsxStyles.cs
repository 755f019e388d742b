using DocumentFormat.OpenXml.Spreadsheet;

namespace CoMarketing.Reports.Exports.Xlsx;

/// <summary>The workbook's few cell styles, by index into its cell formats.</summary>
internal static class XlsxStyles
{
    public const uint Text = 0;
    public const uint Bold = 1;
    public const uint Currency = 2;
    public const uint CurrencyBold = 3;
    public const uint Date = 4;
    public const uint Whole = 5;

    /// <summary>Text that starts like a formula, marked with Excel's quote prefix so it is never taken for one.</summary>
    public const uint QuotedText = 6;

    public const uint Decimal = 7;

    /// <summary>A fraction shown as a percentage with two decimals (0.4516 → 45.16 %).</summary>
    public const uint Percent = 8;

    /// <summary>The number format of every amount cell.</summary>
    public const string CurrencyFormat = "#,##0.00\\ \"€\"";

    public static Stylesheet Build(string dateFormat) => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = CurrencyFormat },
            new NumberingFormat { NumberFormatId = 165, FormatCode = dateFormat },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "0.##" }) { Count = 3 },
        new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, FontId = 1, ApplyNumberFormat = true, ApplyFont = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { QuotePrefix = true },
            new CellFormat { NumberFormatId = 166, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }) { Count = 9 });
}
