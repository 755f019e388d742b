using CoMarketing.Reports.Exports;
using UglyToad.PdfPig;

namespace CoMarketing.Reports.Tests.Exports;

public sealed class PdfSummaryWriterTests
{
    private static readonly PaymentTerms Terms = new("2077474-0", "FI21 1234 5600 0007 85", 14, new DateOnly(2027, 9, 1));

    [Theory]
    [InlineData("fi")]
    [InlineData("en")]
    public void Pdf_Summary_Should_Read_Back_With_Every_Share_Reference_And_The_Due_Date(string language)
    {
        // Given
        var labels = language == "fi" ? SummaryLabels.Finnish : SummaryLabels.English;
        var summary = SummaryFixture.Summary;

        // When
        var text = Read(new PdfSummaryWriter(labels, Terms).Write(summary));

        // Then the letterhead, every member's share, every instruction and the due date are there
        text.ShouldContain("Napapiirin Yrittäjät ry");
        text.ShouldContain("2077474-0");
        text.ShouldContain("FI21 1234 5600 0007 85");
        text.ShouldContain(labels.Date(new DateOnly(2027, 9, 15)));
        text.ShouldContain(labels.PaymentInstructions);
        foreach (var p in summary.Participants)
        {
            text.ShouldContain(Plain(labels.Euros(p.Owed.Gross)));
        }

        foreach (var instruction in summary.PaymentInstructions)
        {
            text.ShouldContain(Plain(labels.Euros(instruction.Amount)));
            text.ShouldContain(instruction.RfReference);
        }

        text.ShouldContain(Plain(labels.Euros(summary.Totals.Gross)));
    }

    [Fact]
    public void Pdf_Statement_Should_Be_One_Page_With_One_Amount_One_Reference_And_One_Due_Date()
    {
        // Given the fixture's third member
        var summary = SummaryFixture.Summary;
        var member = summary.Participants[2];

        // When
        var bytes = new PdfSummaryWriter(SummaryLabels.Finnish, Terms).WriteStatement(summary, member);

        // Then
        using var document = PdfDocument.Open(bytes);
        document.NumberOfPages.ShouldBe(1);
        var text = Plain(string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
        text.ShouldContain("Osallistujan erittely: Kuntosali");
        text.ShouldContain(member.Reference);
        text.ShouldContain("15.9.2027");
        text.ShouldContain(Plain(SummaryLabels.Finnish.Euros(member.Owed.Gross)));
        text.ShouldContain(Plain(SummaryLabels.Finnish.Whole(member.NewReach)));
    }

    private static string Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Plain(string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
    }

    /// <summary>Words joined by single spaces, with no-break spaces and minus signs as PdfPig reads them back.</summary>
    private static string Plain(string text) => text.Replace('\u00a0', ' ').Replace('\u2212', '-');
}
