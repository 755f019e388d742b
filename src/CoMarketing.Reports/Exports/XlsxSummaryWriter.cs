using ClosedXML.Excel;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Reports;

namespace CoMarketing.Reports.Exports;

/// <summary>
/// Writes a <see cref="CampaignSummary"/> as an XLSX workbook with a sheet per section (Summary, Items, Participants,
/// Settlement). Amounts are real number cells formatted <c>#,##0.00 €</c>, reach figures whole numbers, dates dates.
/// </summary>
public sealed class XlsxSummaryWriter
{
    /// <summary>The number format of every amount cell.</summary>
    public const string CurrencyFormat = "#,##0.00 €";

    public void Write(CampaignSummary summary, Stream output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook();
        WriteSummary(workbook.AddWorksheet("Summary"), summary);
        WriteItems(workbook.AddWorksheet("Items"), summary);
        WriteParticipants(workbook.AddWorksheet("Participants"), summary);
        WriteSettlement(workbook.AddWorksheet("Settlement"), summary);
        workbook.SaveAs(output);
    }

    private static void WriteSummary(IXLWorksheet sheet, CampaignSummary summary)
    {
        var c = summary.Campaign;
        (string Label, object Value)[] rows =
        [
            ("Campaign", c.Name), ("Association", summary.Association), ("Goal", c.Goal), ("Target", c.Target),
            ("Start", c.Start.ToDateTime(TimeOnly.MinValue)), ("End", c.End.ToDateTime(TimeOnly.MinValue)), ("Status", c.Status),
            ("Participants", summary.Participants.Count), ("Population", summary.Population ?? 0), ("Combined reach", summary.CombinedReach),
        ];
        for (var r = 0; r < rows.Length; r++)
        {
            sheet.Cell(r + 1, 1).Value = rows[r].Label;
            var cell = sheet.Cell(r + 1, 2);
            switch (rows[r].Value)
            {
                case string text: cell.Value = text; break;
                case DateTime date: cell.Value = date; cell.Style.DateFormat.Format = "yyyy-mm-dd"; break;
                case decimal number: cell.Value = number; break;
                case long whole: cell.Value = whole; break;
                case int whole: cell.Value = whole; break;
            }
        }

        var totalsRow = rows.Length + 2;
        Header(sheet, totalsRow, "Totals", "Net", "VAT", "Gross");
        sheet.Cell(totalsRow + 1, 1).Value = "Total";
        Amounts(sheet, totalsRow + 1, 2, summary.Totals);
        FitColumns(sheet);
    }

    private static void WriteItems(IXLWorksheet sheet, CampaignSummary summary)
    {
        Header(sheet, 1, "Item", "Rule", "Paid by", "VAT %", "Participant", "Net", "VAT", "Gross");
        var row = 2;
        foreach (var item in summary.Items)
        {
            for (var i = 0; i <= summary.Participants.Count; i++)
            {
                var total = i == summary.Participants.Count;
                sheet.Cell(row, 1).Value = item.Description;
                sheet.Cell(row, 2).Value = item.Rule;
                sheet.Cell(row, 3).Value = summary.NameOf(item.PaidBy);
                sheet.Cell(row, 4).Value = item.VatPercent;
                sheet.Cell(row, 5).Value = total ? "Total" : summary.Participants[i].Name;
                Amounts(sheet, row, 6, total ? item.Amounts : item.Parts[i]);
                if (total)
                {
                    sheet.Row(row).Style.Font.Bold = true;
                }

                row++;
            }
        }

        FitColumns(sheet);
    }

    private static void WriteParticipants(IXLWorksheet sheet, CampaignSummary summary)
    {
        Header(sheet, 1, "Participant", "Net", "VAT", "Gross", "Paid", "Balance", "Own reach", "New reach", "Invoiced", "Reference", "RF reference");
        var row = 2;
        foreach (var p in summary.Participants)
        {
            sheet.Cell(row, 1).Value = p.Name;
            Amounts(sheet, row, 2, p.Owed);
            Amount(sheet.Cell(row, 5), p.Paid);
            Amount(sheet.Cell(row, 6), p.Balance);
            sheet.Cell(row, 7).Value = p.OwnReach;
            sheet.Cell(row, 8).Value = p.NewReach;
            Amount(sheet.Cell(row, 9), p.Invoiced);
            sheet.Cell(row, 10).Value = p.Reference;
            sheet.Cell(row, 11).Value = p.RfReference;
            row++;
        }

        sheet.Cell(row, 1).Value = "Total";
        Amounts(sheet, row, 2, summary.Totals);
        sheet.Row(row).Style.Font.Bold = true;
        FitColumns(sheet);
    }

    private static void WriteSettlement(IXLWorksheet sheet, CampaignSummary summary)
    {
        Header(sheet, 1, "From", "To", "Amount");
        var row = 2;
        foreach (var t in summary.Transfers)
        {
            sheet.Cell(row, 1).Value = t.FromName;
            sheet.Cell(row, 2).Value = t.ToName;
            Amount(sheet.Cell(row, 3), t.Amount);
            row++;
        }

        row++;
        Header(sheet, row, "Invoice to", "Amount", "Reference", "RF reference");
        foreach (var p in summary.InvoiceLines)
        {
            row++;
            sheet.Cell(row, 1).Value = p.Name;
            Amount(sheet.Cell(row, 2), p.Invoiced);
            sheet.Cell(row, 3).Value = p.Reference;
            sheet.Cell(row, 4).Value = p.RfReference;
        }

        FitColumns(sheet);
    }

    /// <summary>
    /// Widens each column to its longest text. ClosedXML's AdjustToContents measures fonts with System.Drawing,
    /// which needs libgdiplus, missing on many Linux machines; counting characters needs nothing.
    /// </summary>
    private static void FitColumns(IXLWorksheet sheet)
    {
        foreach (var column in sheet.ColumnsUsed())
        {
            var longest = column.CellsUsed().Max(c => c.GetFormattedString().Length);
            column.Width = Math.Min(60, longest + 3);
        }
    }

    private static void Header(IXLWorksheet sheet, int row, params string[] titles)
    {
        for (var c = 0; c < titles.Length; c++)
        {
            sheet.Cell(row, c + 1).Value = titles[c];
            sheet.Cell(row, c + 1).Style.Font.Bold = true;
        }
    }

    private static void Amounts(IXLWorksheet sheet, int row, int column, SummaryAmounts amounts)
    {
        Amount(sheet.Cell(row, column), amounts.Net);
        Amount(sheet.Cell(row, column + 1), amounts.Vat);
        Amount(sheet.Cell(row, column + 2), amounts.Gross);
    }

    private static void Amount(IXLCell cell, Money money)
    {
        cell.Value = money.ToDecimal();
        cell.Style.NumberFormat.Format = CurrencyFormat;
    }
}
