using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CoMarketing.Core.Reports;
using CoMarketing.Reports.Exports.Xlsx;

namespace CoMarketing.Reports.Exports;

/// <summary>A member's statement as CSV, JSON or XLSX: the same figures as <see cref="StatementSections"/>, amounts as numbers.</summary>
public sealed class StatementFileWriter(SummaryLabels labels, PaymentTerms terms)
{
    private readonly SummaryLabels _l = labels ?? throw new ArgumentNullException(nameof(labels));
    private readonly PaymentTerms _terms = terms ?? throw new ArgumentNullException(nameof(terms));

    /// <summary>CSV in the dialect: UTF-8 with BOM, text cells neutralised against formula injection.</summary>
    public byte[] Csv(CampaignSummary summary, SummaryParticipant member, CsvDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var s = MemberStatement.Of(summary, member, _terms);
        var d = dialect.Delimiter;
        var text = new StringBuilder();
        void Line(params string[] cells) => text.Append(string.Join(d, cells.Select(c => Quote(c, d)))).Append("\r\n");
        Line(_l.Participant, _l.Why, Counterparty(s), _l.Amount, _l.Reference, _l.RfReference, _l.DueDate, _l.Iban);
        Line(CsvSummaryWriter.Neutralise(member.Name), ActionWord(s.Action), CsvSummaryWriter.Neutralise(s.Counterparty ?? string.Empty), dialect.Amount(s.Amount), member.Reference, member.RfReference, Date(s.Due, dialect), AccountToPay(s));
        Line();
        Line(_l.Item, _l.Rule, _l.Net, _l.Vat, _l.Gross);
        foreach (var (description, rule, part) in s.Items)
        {
            Line(CsvSummaryWriter.Neutralise(description), _l.Word(rule), dialect.Amount(part.Net), dialect.Amount(part.Vat), dialect.Amount(part.Gross));
        }

        Line(_l.Total, string.Empty, dialect.Amount(member.Owed.Net), dialect.Amount(member.Owed.Vat), dialect.Amount(member.Owed.Gross));
        Line();
        Line(_l.Paid, _l.Balance, _l.OwnReach, _l.NewReach);
        Line(dialect.Amount(member.Paid), dialect.Amount(member.Balance), Whole(member.OwnReach), Whole(member.NewReach));
        Line();
        Line(_l.YourTasks);
        Line(_l.DateLabel, _l.Channel, _l.Description);
        var tasks = MemberTask.Of(summary, member, _l);
        if (!tasks.Any(t => t.Date is not null))
        {
            Line(string.Empty, string.Empty, _l.NoTasks);
        }

        foreach (var task in tasks)
        {
            Line(task.Date is { } day ? Date(day, dialect) : _l.Throughout, task.Channel is { } channel ? _l.Word(channel) : string.Empty, CsvSummaryWriter.Neutralise(task.What));
        }

        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>JSON: camelCase, amounts as strings with two decimals, dates <c>yyyy-MM-dd</c>.</summary>
    public string Json(CampaignSummary summary, SummaryParticipant member)
    {
        var s = MemberStatement.Of(summary, member, _terms);
        return new JsonObject
        {
            ["campaign"] = summary.Campaign.Id,
            ["member"] = member.Id,
            ["name"] = member.Name,
            ["action"] = s.Action,
            ["counterparty"] = s.Counterparty,
            ["amount"] = s.Amount.ToInvariantString(),
            ["reference"] = member.Reference,
            ["rfReference"] = member.RfReference,
            ["dueDate"] = s.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["iban"] = s.Action == "pay" ? _terms.Iban : null,
            ["items"] = JsonNodes.Array(s.Items, i => new JsonObject { ["description"] = i.Description, ["rule"] = i.Rule, ["net"] = i.Part.Net.ToInvariantString(), ["vat"] = i.Part.Vat.ToInvariantString(), ["gross"] = i.Part.Gross.ToInvariantString() }),
            ["gross"] = member.Owed.Gross.ToInvariantString(),
            ["paid"] = member.Paid.ToInvariantString(),
            ["balance"] = member.Balance.ToInvariantString(),
            ["ownReach"] = member.OwnReach,
            ["newReach"] = member.NewReach,
            ["tasks"] = JsonNodes.Array(MemberTask.Of(summary, member, _l), t => new JsonObject
            {
                ["date"] = t.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["channel"] = t.Channel,
                ["what"] = t.What,
            }),
        }.ToJsonString(SummaryJson.Options) + "\n";
    }

    /// <summary>XLSX: one sheet, amounts as currency cells, the reference as text, A4 fitted to width.</summary>
    public byte[] Xlsx(CampaignSummary summary, SummaryParticipant member)
    {
        var s = MemberStatement.Of(summary, member, _terms);
        var sheet = new XlsxSheet(_l.Statement);
        sheet.Header(1, 1, _l.Participant, _l.Why, Counterparty(s), _l.Amount, _l.Reference, _l.RfReference, _l.DueDate, _l.Iban);
        sheet.HeaderRows = (1, 1);
        sheet.Text(2, 1, member.Name);
        sheet.Text(2, 2, ActionWord(s.Action));
        sheet.Text(2, 3, s.Counterparty ?? string.Empty);
        sheet.Number(2, 4, s.Amount.ToDecimal(), XlsxStyles.Currency);
        sheet.Text(2, 5, member.Reference);
        sheet.Text(2, 6, member.RfReference);
        sheet.Number(2, 7, s.Due.DayNumber - new DateOnly(1899, 12, 30).DayNumber, XlsxStyles.Date);
        sheet.Text(2, 8, AccountToPay(s));
        sheet.Header(4, 1, _l.Item, _l.Rule, _l.Net, _l.Vat, _l.Gross);
        var row = 5;
        foreach (var (description, rule, part) in s.Items)
        {
            sheet.Text(row, 1, description);
            sheet.Text(row, 2, _l.Word(rule));
            sheet.Number(row, 3, part.Net.ToDecimal(), XlsxStyles.Currency);
            sheet.Number(row, 4, part.Vat.ToDecimal(), XlsxStyles.Currency);
            sheet.Number(row, 5, part.Gross.ToDecimal(), XlsxStyles.Currency);
            row++;
        }

        sheet.Text(row, 1, _l.Total, XlsxStyles.Bold);
        sheet.Formula(row, 3, XlsxSheet.Sum(3, 5, row - 1), member.Owed.Net.ToDecimal(), XlsxStyles.CurrencyBold);
        sheet.Formula(row, 4, XlsxSheet.Sum(4, 5, row - 1), member.Owed.Vat.ToDecimal(), XlsxStyles.CurrencyBold);
        sheet.Formula(row, 5, XlsxSheet.Sum(5, 5, row - 1), member.Owed.Gross.ToDecimal(), XlsxStyles.CurrencyBold);
        row += 2;
        sheet.Text(row++, 1, _l.YourTasks, XlsxStyles.Bold);
        sheet.Header(row++, 1, _l.DateLabel, _l.Channel, _l.Description);
        var tasks = MemberTask.Of(summary, member, _l);
        if (!tasks.Any(t => t.Date is not null))
        {
            sheet.Text(row++, 3, _l.NoTasks);
        }

        foreach (var task in tasks)
        {
            if (task.Date is { } day)
            {
                sheet.Number(row, 1, day.DayNumber - new DateOnly(1899, 12, 30).DayNumber, XlsxStyles.Date);
            }
            else
            {
                sheet.Text(row, 1, _l.Throughout);
            }

            sheet.Text(row, 2, task.Channel is { } channel ? _l.Word(channel) : string.Empty);
            sheet.Text(row, 3, task.What);
            row++;
        }

        using var stream = new MemoryStream();
        XlsxWorkbook.Save(stream, [sheet], _l.Language == Core.Association.Language.Finnish ? "d.m.yyyy" : "d mmm yyyy");
        return stream.ToArray();
    }

    /// <summary>Whom the member pays, or who pays it: the same heading as the printed statement's.</summary>
    private string Counterparty(MemberStatement s) => s.Action == "pay" ? _l.Payee : _l.Payer;

    /// <summary>The association's account, only to a member that pays: a reimbursed member pays nothing into it.</summary>
    private string AccountToPay(MemberStatement s) => s.Action == "pay" ? _terms.Iban ?? string.Empty : string.Empty;

    private string ActionWord(string action) => action switch
    {
        "pay" => _l.YouPay,
        "receive" => _l.YouReceive,
        _ => _l.Nothing,
    };

    private static string Date(DateOnly date, CsvDialect dialect) => date.ToString(dialect.DecimalSeparator == ',' ? "d.M.yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string field, char delimiter)
        => field.IndexOfAny([delimiter, '"', '\r', '\n', '\'']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
