using ClosedXML.Excel;
using CoMarketing.Reports.Exports;

namespace CoMarketing.Reports.Tests.Exports;

public sealed class XlsxSummaryWriterTests
{
    [Fact]
    public void Xlsx_Should_Hold_Real_Currency_Cells_With_The_Engines_Figures()
    {
        // Given
        using var stream = new MemoryStream();
        new XlsxSummaryWriter().Write(SummaryFixture.Summary, stream);
        stream.Position = 0;

        // When
        using var workbook = new XLWorkbook(stream);

        // Then
        workbook.Worksheets.Select(s => s.Name).ShouldBe(["Summary", "Items", "Participants", "Settlement"]);
        var sheet = workbook.Worksheet("Participants");
        var split = SummaryFixture.Split;
        for (var i = 0; i < split.Participants.Count; i++)
        {
            var row = sheet.Row(i + 2);
            row.Cell(1).GetString().ShouldBe(split.Participants[i].Participant.Name);
            row.Cell(4).DataType.ShouldBe(XLDataType.Number);
            row.Cell(4).GetValue<decimal>().ShouldBe(split.Participants[i].Total.Gross.ToDecimal());
            row.Cell(4).Style.NumberFormat.Format.ShouldBe("#,##0.00 €");
            row.Cell(7).GetValue<long>().ShouldBe(split.Participants[i].OwnReach);
            row.Cell(10).GetString().ShouldBe(split.Participants[i].Reference);
        }

        var items = workbook.Worksheet("Items");
        items.Cell(2, 6).GetValue<decimal>().ShouldBe(split.Items[0].Parts[0].Net.ToDecimal());
        items.Cell(5, 5).GetString().ShouldBe("Total");
        items.Cell(5, 8).GetValue<decimal>().ShouldBe(1506.00m);
        var summary = workbook.Worksheet("Summary");
        summary.Cell(5, 2).GetDateTime().ShouldBe(new DateTime(2027, 9, 1));
        summary.Cell(10, 2).GetValue<long>().ShouldBe(SummaryFixture.Summary.CombinedReach);
        workbook.Worksheet("Settlement").Cell(2, 3).GetValue<decimal>().ShouldBe(split.Transfers[0].Amount.ToDecimal());
    }
}
