using System.Globalization;
using System.Text;
using CoMarketing.Reports.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoMarketing.Reports.Tests.Exports;

/// <summary>A summary that is sent out carries each payment instruction's due date in every format.</summary>
public sealed class DueDateTests
{
    private static readonly PaymentTerms Terms = new("2077474-0", "FI21 1234 5600 0007 85", 14, new DateOnly(2027, 9, 1));

    [Fact]
    public void Html_Summary_Should_Give_Every_Instruction_Its_Due_Date_And_The_Associations_Details()
    {
        // When
        var html = new HtmlSummaryWriter(CultureInfo.GetCultureInfo("fi-FI")).Write(SummaryFixture.Summary, Terms);

        // Then
        html.ShouldContain("<th>Er&#228;p&#228;iv&#228;</th></tr></thead>");
        foreach (var instruction in SummaryFixture.Summary.PaymentInstructions)
        {
            html.ShouldContain($"<td>{instruction.Reference}</td><td>{instruction.RfReference}</td><td>15.9.2027</td>");
        }

        html.ShouldContain("Y-tunnus 2077474-0");
        html.ShouldContain("Maksuehto 14 päivää netto".Replace("ä", "&#228;", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_Summary_Should_Give_Every_Instruction_Its_Due_Date()
    {
        var markdown = new MarkdownSummaryWriter(CultureInfo.GetCultureInfo("en-GB")).Write(SummaryFixture.Summary, Terms);

        markdown.ShouldContain("| Pays | To | Amount | Reference | RF reference | Due date |");
        foreach (var instruction in SummaryFixture.Summary.PaymentInstructions)
        {
            markdown.ShouldContain($"| {instruction.Reference} | {instruction.RfReference} | 15 Sep 2027 |");
        }
    }

    [Theory]
    [InlineData("fi", ';', "15.9.2027", "Eräpäivä")]
    [InlineData("en", ',', "2027-09-15", "Due date")]
    public void Csv_Summary_Should_Give_Every_Instruction_Its_Due_Date_In_The_Dialects_Date_Format(string language, char delimiter, string due, string header)
    {
        var dialect = language == "fi" ? CsvDialect.Finnish : CsvDialect.Standard;
        var labels = language == "fi" ? SummaryLabels.Finnish : SummaryLabels.English;

        var lines = Encoding.UTF8.GetString(new CsvSummaryWriter(dialect, labels).WriteBytes(SummaryFixture.Summary, Terms).AsSpan(3)).Split("\r\n");

        lines.ShouldContain(l => l.StartsWith(labels.Payer + delimiter, StringComparison.Ordinal) && l.EndsWith(delimiter + header, StringComparison.Ordinal));
        foreach (var instruction in SummaryFixture.Summary.PaymentInstructions)
        {
            lines.ShouldContain(l => l.EndsWith($"{delimiter}{instruction.Reference}{delimiter}{instruction.RfReference}{delimiter}{due}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Xlsx_Summary_Should_Give_Every_Instruction_Its_Due_Date_As_A_Date_Cell()
    {
        using var stream = new MemoryStream();
        new XlsxSummaryWriter(SummaryLabels.Finnish).Write(SummaryFixture.Summary, stream, Terms);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Maksuohjeet").Id!.Value!;
        var cells = ((WorksheetPart)workbook.GetPartById(id)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

        cells["F1"].InlineString!.Text!.Text.ShouldBe("Eräpäivä");
        for (var row = 2; row < 2 + SummaryFixture.Summary.PaymentInstructions.Count; row++)
        {
            var serial = int.Parse(cells[$"F{row}"].CellValue!.Text, CultureInfo.InvariantCulture);
            DateOnly.FromDayNumber(new DateOnly(1899, 12, 30).DayNumber + serial).ShouldBe(new DateOnly(2027, 9, 15));
        }
    }

    [Fact]
    public void Summary_Without_Terms_Should_Keep_The_Screens_Five_Columns()
    {
        var sections = SummarySections.Build(SummaryFixture.Summary, SummaryLabels.English);

        sections[^1].Headers.ShouldBe(["Pays", "To", "Amount", "Reference", "RF reference"]);
    }
}
