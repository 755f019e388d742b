using System.Text;
using System.Text.Json;
using CoMarketing.Core.Reports;
using CoMarketing.Reports.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoMarketing.Reports.Tests.Exports;

/// <summary>
/// A statement's one instruction in CSV, XLSX and JSON: a member that is reimbursed is told who pays it and is given
/// no account to pay into (found by opening the demo statements in LibreOffice: "To: the association … IBAN").
/// </summary>
public sealed class StatementFileWriterTests
{
    private static readonly PaymentTerms Terms = new("2077474-0", "FI21 1234 5600 0007 85", 14, new DateOnly(2027, 9, 1));

    private static readonly CampaignSummary Summary = SummaryFixture.ViaAssociation;

    // Kenkäkauppa Sointu (id 2) paid the radio ad, twice its share: the association reimburses it; Kuntosali pays.
    private static SummaryParticipant Reimbursed => Summary.Participants.Single(p => p.Id == "2");

    private static SummaryParticipant Paying => Summary.Participants.Single(p => p.Id == "3");

    [Theory]
    [InlineData("fi", "Maksaa", "Palautetaan sinulle")]
    [InlineData("en", "Pays", "You are reimbursed")]
    public void Csv_Statement_Of_A_Reimbursed_Member_Should_Name_The_Payer_And_Give_No_Account_To_Pay_Into(string language, string payer, string action)
    {
        // Given
        Reimbursed.Balance.Cents.ShouldBePositive();
        var l = language == "fi" ? SummaryLabels.Finnish : SummaryLabels.English;
        var dialect = language == "fi" ? CsvDialect.Finnish : CsvDialect.Standard;

        // When
        var lines = Encoding.UTF8.GetString(new StatementFileWriter(l, Terms).Csv(Summary, Reimbursed, dialect)).TrimStart('\uFEFF').Split("\r\n");

        // Then
        var header = lines[0].Split(dialect.Delimiter);
        var row = lines[1].Split(dialect.Delimiter);
        header[2].ShouldBe(payer);
        row[1].ShouldBe(action);
        row[2].ShouldBe("Napapiirin Yrittäjät ry");
        row[3].ShouldBe(language == "fi" ? "627,50" : "627.50");
        row[7].ShouldBeEmpty();
        lines[1].ShouldNotContain("FI21");
    }

    [Theory]
    [InlineData("fi", "Saaja")]
    [InlineData("en", "To")]
    public void Csv_Statement_Of_A_Paying_Member_Should_Name_The_Payee_And_Its_Account(string language, string payee)
    {
        var l = language == "fi" ? SummaryLabels.Finnish : SummaryLabels.English;
        var dialect = language == "fi" ? CsvDialect.Finnish : CsvDialect.Standard;

        var lines = Encoding.UTF8.GetString(new StatementFileWriter(l, Terms).Csv(Summary, Paying, dialect)).TrimStart('\uFEFF').Split("\r\n");

        lines[0].Split(dialect.Delimiter)[2].ShouldBe(payee);
        lines[1].Split(dialect.Delimiter)[7].ShouldBe("FI21 1234 5600 0007 85");
    }

    [Theory]
    [InlineData("fi", "Maksaa")]
    [InlineData("en", "Pays")]
    public void Xlsx_Statement_Of_A_Reimbursed_Member_Should_Name_The_Payer_And_Give_No_Account_To_Pay_Into(string language, string payer)
    {
        // Given
        var l = language == "fi" ? SummaryLabels.Finnish : SummaryLabels.English;

        // When
        using var stream = new MemoryStream(new StatementFileWriter(l, Terms).Xlsx(Summary, Reimbursed));
        using var document = SpreadsheetDocument.Open(stream, false);
        var cells = document.WorkbookPart!.WorksheetParts.First().Worksheet.Descendants<Cell>()
            .ToDictionary(c => c.CellReference!.Value!, c => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? string.Empty);

        // Then
        cells["C1"].ShouldBe(payer);
        cells["C2"].ShouldBe("Napapiirin Yrittäjät ry");
        cells.GetValueOrDefault("H2", string.Empty).ShouldBeEmpty();
        cells.Values.ShouldNotContain("FI21 1234 5600 0007 85");
    }

    [Fact]
    public void Json_Statement_Should_Give_The_Account_Only_To_A_Member_That_Pays()
    {
        var files = new StatementFileWriter(SummaryLabels.English, Terms);

        var reimbursed = JsonDocument.Parse(files.Json(Summary, Reimbursed)).RootElement;
        var paying = JsonDocument.Parse(files.Json(Summary, Paying)).RootElement;

        reimbursed.GetProperty("action").GetString().ShouldBe("receive");
        reimbursed.GetProperty("iban").ValueKind.ShouldBe(JsonValueKind.Null);
        paying.GetProperty("action").GetString().ShouldBe("pay");
        paying.GetProperty("iban").GetString().ShouldBe("FI21 1234 5600 0007 85");
    }
}
