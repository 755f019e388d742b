using CoMarketing.Core.Association;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Reports;
using CoMarketing.Reports.Exports.Xlsx;

namespace CoMarketing.Reports.Exports;

/// <summary>
/// Writes a <see cref="CampaignSummary"/> as an XLSX workbook in one language, with a sheet per section (campaign,
/// items, participants, payment instructions). Amounts are number cells formatted <c>#,##0.00 €</c>, totals
/// <c>SUM</c> formulas with the engine's figures cached, reach figures whole numbers, dates dates, references text.
/// Every sheet prints on A4 portrait, fitted to the page width, with its header row repeated.
/// </summary>
public sealed class XlsxSummaryWriter
{
    private readonly SummaryLabels _labels;

    public XlsxSummaryWriter(SummaryLabels? labels = null) => _labels = labels ?? SummaryLabels.English;

    /// <summary>The number format of every amount cell.</summary>
    public const string CurrencyFormat = XlsxStyles.CurrencyFormat;

    /// <summary>
    /// The workbook; with <paramref name="terms"/> each payment instruction has its due date (a date cell), and the
    /// campaign sheet the association's Y-tunnus, IBAN, date and payment term, as the printed formats' letterhead.
    /// </summary>
    public void Write(CampaignSummary summary, Stream output, PaymentTerms? terms = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(output);
        var dateFormat = _labels.Language == Language.Finnish ? "d.m.yyyy" : "d mmm yyyy";
        XlsxWorkbook.Save(output, [Campaign(summary, terms), Items(summary), Participants(summary), Payments(summary, terms)], dateFormat);
    }

    private XlsxSheet Campaign(CampaignSummary summary, PaymentTerms? terms)
    {
        var (l, c) = (_labels, summary.Campaign);
        var sheet = new XlsxSheet(l.Campaign);
        sheet.Header(1, 1, l.Field, l.Value);
        sheet.HeaderRows = (1, 1);
        var row = 2;
        void Label(string label) => sheet.Text(row, 1, label, XlsxStyles.Bold);
        Label(l.Campaign); sheet.Text(row++, 2, c.Name);
        Label(l.Association); sheet.Text(row++, 2, summary.Association);
        Label(l.Goal); sheet.Text(row++, 2, l.Word(c.Goal));
        Label(l.Target); sheet.Number(row++, 2, c.Target, XlsxStyles.Decimal);
        Label(l.Start); sheet.Number(row++, 2, Serial(c.Start), XlsxStyles.Date);
        Label(l.End); sheet.Number(row++, 2, Serial(c.End), XlsxStyles.Date);
        Label(l.Status); sheet.Text(row++, 2, l.Word(c.Status));
        Label(l.Settlement); sheet.Text(row++, 2, l.Word(SummarySections.SettlementWord(summary)));
        Label(l.Participants); sheet.Number(row++, 2, summary.Participants.Count, XlsxStyles.Whole);
        Label(l.Population); if (summary.Population is { } p) { sheet.Number(row, 2, p, XlsxStyles.Whole); } else { sheet.Text(row, 2, l.Unbounded); }
        row++;
        Label(l.CombinedReach); sheet.Number(row++, 2, summary.CombinedReach, XlsxStyles.Whole);
        if (terms is not null)
        {
            // Whoever pays from the workbook needs the account and the association's details, not only the printouts.
            Label(l.BusinessId); sheet.Text(row++, 2, terms.BusinessId ?? string.Empty);
            Label(l.Iban); sheet.Text(row++, 2, terms.Iban ?? string.Empty);
            Label(l.Issued); sheet.Number(row++, 2, Serial(terms.Issued), XlsxStyles.Date);
            Label(l.PaymentTerm); sheet.Text(row++, 2, $"{terms.Days} {l.Days}");
        }
        row++;
        sheet.Header(row++, 1, l.Totals, l.Net, l.Vat, l.Gross);
        sheet.Text(row, 1, l.Total, XlsxStyles.Bold);
        Amounts(sheet, row, 2, summary.Totals, XlsxStyles.CurrencyBold);
        return sheet;
    }

    private XlsxSheet Items(CampaignSummary summary)
    {
        var l = _labels;
        var sheet = new XlsxSheet(l.CostItems);
        sheet.Header(1, 1, l.Item, l.Rule, l.PaidBy, l.VatPercent, l.Participant, l.Net, l.Vat, l.Gross);
        sheet.HeaderRows = (1, 1);
        var row = 2;
        foreach (var item in summary.Items)
        {
            var first = row;
            for (var i = 0; i <= summary.Participants.Count; i++)
            {
                var total = i == summary.Participants.Count;
                sheet.Text(row, 1, item.Description, total ? XlsxStyles.Bold : XlsxStyles.Text);
                sheet.Text(row, 2, l.Word(item.Rule));
                sheet.Text(row, 3, summary.NameOf(item.PaidBy));
                sheet.Number(row, 4, item.VatPercent, XlsxStyles.Decimal);
                if (total)
                {
                    sheet.Text(row, 5, l.Total, XlsxStyles.Bold);
                    Sums(sheet, row, 6, first, row - 1, item.Amounts);
                }
                else
                {
                    sheet.Text(row, 5, summary.Participants[i].Name);
                    Amounts(sheet, row, 6, item.Parts[i], XlsxStyles.Currency);
                }

                row++;
            }
        }

        return sheet;
    }

    private XlsxSheet Participants(CampaignSummary summary)
    {
        var l = _labels;
        var sheet = new XlsxSheet(l.Participants);
        sheet.Header(1, 1, l.Participant, l.Net, l.Vat, l.Gross, l.Paid, l.Balance, l.OwnReach, l.NewReach, l.Reference, l.RfReference);
        sheet.HeaderRows = (1, 1);
        var row = 2;
        foreach (var p in summary.Participants)
        {
            sheet.Text(row, 1, p.Name);
            Amounts(sheet, row, 2, p.Owed, XlsxStyles.Currency);
            sheet.Number(row, 5, p.Paid.ToDecimal(), XlsxStyles.Currency);
            sheet.Number(row, 6, p.Balance.ToDecimal(), XlsxStyles.Currency);
            sheet.Number(row, 7, p.OwnReach, XlsxStyles.Whole);
            sheet.Number(row, 8, p.NewReach, XlsxStyles.Whole);
            sheet.Text(row, 9, p.Reference);
            sheet.Text(row, 10, p.RfReference);
            row++;
        }

        sheet.Text(row, 1, l.Total, XlsxStyles.Bold);
        Sums(sheet, row, 2, 2, row - 1, summary.Totals);
        return sheet;
    }

    private XlsxSheet Payments(CampaignSummary summary, PaymentTerms? terms)
    {
        var l = _labels;
        var sheet = new XlsxSheet(l.PaymentInstructions);
        sheet.Header(1, 1, l.Payer, l.Payee, l.Amount, l.Reference, l.RfReference);
        if (terms is not null)
        {
            sheet.Header(1, 6, l.DueDate);
        }

        sheet.HeaderRows = (1, 1);
        var row = 2;
        foreach (var t in summary.PaymentInstructions)
        {
            sheet.Text(row, 1, t.FromName);
            sheet.Text(row, 2, t.ToName);
            sheet.Number(row, 3, t.Amount.ToDecimal(), XlsxStyles.Currency);
            sheet.Text(row, 4, t.Reference);
            sheet.Text(row, 5, t.RfReference);
            if (terms is not null)
            {
                sheet.Number(row, 6, Serial(terms.Due), XlsxStyles.Date);
            }

            row++;
        }

        return sheet;
    }

    private static void Amounts(XlsxSheet sheet, int row, int column, SummaryAmounts amounts, uint style)
    {
        sheet.Number(row, column, amounts.Net.ToDecimal(), style);
        sheet.Number(row, column + 1, amounts.Vat.ToDecimal(), style);
        sheet.Number(row, column + 2, amounts.Gross.ToDecimal(), style);
    }

    /// <summary>SUM formulas over rows first…last of three amount columns, caching the engine's totals.</summary>
    private static void Sums(XlsxSheet sheet, int row, int column, int first, int last, SummaryAmounts totals)
    {
        Money[] values = [totals.Net, totals.Vat, totals.Gross];
        for (var k = 0; k < 3; k++)
        {
            sheet.Formula(row, column + k, XlsxSheet.Sum(column + k, first, last), values[k].ToDecimal(), XlsxStyles.CurrencyBold);
        }
    }

    /// <summary>The spreadsheet serial number of a date (days since 30 Dec 1899).</summary>
    private static decimal Serial(DateOnly date) => date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;
}
