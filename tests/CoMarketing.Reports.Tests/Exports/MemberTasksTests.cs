using System.Globalization;
using System.Text;
using System.Text.Json;
using CoMarketing.Core.Reports;
using CoMarketing.Reports.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig;

namespace CoMarketing.Reports.Tests.Exports;

/// <summary>A member's statement lists what it posts and when, and its duties when something goes wrong (issue 14).</summary>
public sealed class MemberTasksTests
{
    private static readonly PaymentTerms Terms = new("2077474-0", "FI21 1234 5600 0007 85", 14, new DateOnly(2027, 9, 1));

    // Kuntosali (id 3) posts on Instagram on 8.9.2027 and answers negative comments within 24 hours; the coordinator
    // posts the newspaper ad; Kenkäkauppa Sointu (id 2) posts nothing.
    private static readonly CampaignSummary Summary = SummaryFixture.Summary with
    {
        Plan =
        [
            new SummaryPlanEntry(new DateOnly(2027, 9, 1), "newspaper", "Puolen sivun ilmoitus", null),
            new SummaryPlanEntry(new DateOnly(2027, 9, 8), "instagram", "Kuntosalin treenivideo", "3"),
        ],
        Contingency = new SummaryContingency("3", 24, null, "Aino Aalto, 040 123 4567"),
    };

    private static SummaryParticipant Gym => Summary.Participants[2];

    public static TheoryData<string, string> Formats()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in new[] { "csv", "md", "html", "json", "xlsx", "pdf" })
        {
            data.Add(format, "fi");
            data.Add(format, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Statement_Should_List_The_Members_Own_Publications_And_Duties_In_Every_Format(string format, string language)
    {
        // Given
        var l = language == "fi" ? SummaryLabels.Finnish : SummaryLabels.English;

        // When
        var text = Plain(Render(format, l, Gym));

        // Then its own entry, its channel, its duty and the contact are there; the coordinator's entry is not
        text.ShouldContain(Plain("Kuntosalin treenivideo"));
        text.ShouldContain(Plain(format == "json" ? "instagram" : "Instagram"));
        text.ShouldContain(Plain(format == "json" ? "2027-09-08" : format == "xlsx" ? Serial(new DateOnly(2027, 9, 8)) : format == "csv" && language == "en" ? "2027-09-08" : l.Date(new DateOnly(2027, 9, 8))));
        text.ShouldContain(Plain(l.RespondDuty(24)));
        text.ShouldContain(Plain("Aino Aalto, 040 123 4567"));
        text.ShouldNotContain(Plain("Puolen sivun ilmoitus"));
        if (format != "json")
        {
            text.ShouldContain(Plain(l.YourTasks));
        }
    }

    [Theory]
    [InlineData("fi", "Vastaat kielteisiin kommentteihin 24 tunnin kuluessa", "Sinulle ei ole merkitty julkaisuja; koordinaattori hoitaa ne.")]
    [InlineData("en", "Answer negative comments within 24 hours", "No publications are yours; the coordinator posts them.")]
    public void Statement_Tasks_Should_Read_In_The_Associations_Language(string language, string duty, string none)
    {
        var l = language == "fi" ? SummaryLabels.Finnish : SummaryLabels.English;

        StatementSections.Tasks(Summary, Gym, l).Rows.Select(r => r[2]).ShouldContain(duty);
        var nothing = StatementSections.Tasks(Summary, Summary.Participants[1], l);
        nothing.Rows[0][2].ShouldBe(none);
        nothing.Rows.Count.ShouldBe(2, "the line saying so and the contact");
    }

    [Fact]
    public void Pdf_Statement_With_Tasks_Should_Still_Be_One_Page()
    {
        using var document = PdfDocument.Open(new PdfSummaryWriter(SummaryLabels.Finnish, Terms).WriteStatement(Summary, Gym));

        document.NumberOfPages.ShouldBe(1);
    }

    [Fact]
    public void Summary_Json_Should_Carry_The_Plan_And_The_Plan_For_Surprises_And_Read_Them_Back()
    {
        var back = JsonSummaryReader.Read(new JsonSummaryWriter().Write(Summary));

        back.Plan.ShouldBe(Summary.Plan);
        back.Contingency.ShouldBe(Summary.Contingency);
    }

    private static string Render(string format, SummaryLabels l, SummaryParticipant member)
    {
        var files = new StatementFileWriter(l, Terms);
        switch (format)
        {
            case "csv":
                return Encoding.UTF8.GetString(files.Csv(Summary, member, l == SummaryLabels.Finnish ? CsvDialect.Finnish : CsvDialect.Standard));
            case "md":
                return new MarkdownSummaryWriter(l.Culture).WriteStatement(Summary, member, Terms);
            case "html":
                return System.Net.WebUtility.HtmlDecode(new HtmlSummaryWriter(l.Culture).WriteStatement(Summary, member, Terms));
            case "json":
                var tasks = JsonDocument.Parse(files.Json(Summary, member)).RootElement.GetProperty("tasks");
                return string.Join(' ', tasks.EnumerateArray().SelectMany(t => t.EnumerateObject().Select(p => p.Value.ToString())));
            case "xlsx":
                using (var stream = new MemoryStream(files.Xlsx(Summary, member)))
                using (var document = SpreadsheetDocument.Open(stream, false))
                {
                    return string.Join(' ', document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>())
                        .Select(c => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? string.Empty));
                }

            default:
                using (var pdf = PdfDocument.Open(new PdfSummaryWriter(l, Terms).WriteStatement(Summary, member)))
                {
                    return string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
                }
        }
    }

    private static string Serial(DateOnly date) => (date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture);

    private static string Plain(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);
}
