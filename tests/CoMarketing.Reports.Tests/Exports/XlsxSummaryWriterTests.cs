using System.Globalization;
using CoMarketing.Reports.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoMarketing.Reports.Tests.Exports;

public sealed class XlsxSummaryWriterTests
{
    [Fact]
    public void Xlsx_Should_Hold_Real_Currency_Cells_Sum_Formulas_And_Text_References_With_The_Engines_Figures()
    {
        // Given
        using var stream = new MemoryStream();
        new XlsxSummaryWriter(SummaryLabels.Finnish).Write(SummaryFixture.Summary, stream);
        stream.Position = 0;

        // When
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;

        // Then
        workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ShouldBe(["Kampanja", "Kustannukset", "Osallistujat", "Maksuohjeet"]);
        var participants = Cells(workbook, "Osallistujat");
        var split = SummaryFixture.Split;
        for (var i = 0; i < split.Participants.Count; i++)
        {
            var row = i + 2;
            Text(participants[$"A{row}"]).ShouldBe(split.Participants[i].Participant.Name);
            Number(participants[$"D{row}"]).ShouldBe(split.Participants[i].Total.Gross.ToDecimal());
            Number(participants[$"G{row}"]).ShouldBe(split.Participants[i].OwnReach);
            participants[$"I{row}"].DataType!.Value.ShouldBe(CellValues.InlineString);
            Text(participants[$"I{row}"]).ShouldBe(split.Participants[i].Reference);
        }

        var total = participants["D5"];
        total.CellFormula!.Text.ShouldBe("SUM(D2:D4)");
        Number(total).ShouldBe(2618.30m);
        var items = Cells(workbook, "Kustannukset");
        Text(items["E5"]).ShouldBe("Yhteensä");
        items["H5"].CellFormula!.Text.ShouldBe("SUM(H2:H4)");
        Number(items["H5"]).ShouldBe(1506.00m);
        Text(items["B2"]).ShouldBe("tasan");
        var payments = Cells(workbook, "Maksuohjeet");
        Number(payments["C2"]).ShouldBe(SummaryFixture.Summary.PaymentInstructions[0].Amount.ToDecimal());
    }

    [Fact]
    public void Xlsx_Should_Print_On_A4_Portrait_Fitted_To_Width_With_Header_Rows_Repeated()
    {
        using var stream = new MemoryStream();
        new XlsxSummaryWriter(SummaryLabels.English).Write(SummaryFixture.Summary, stream);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        foreach (var part in document.WorkbookPart!.WorksheetParts)
        {
            var setup = part.Worksheet.GetFirstChild<PageSetup>()!;
            setup.PaperSize!.Value.ShouldBe(9u);
            setup.FitToWidth!.Value.ShouldBe(1u);
            setup.FitToHeight!.Value.ShouldBe(0u);
            part.Worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value.ShouldBeTrue();
        }

        var titles = document.WorkbookPart!.Workbook!.DefinedNames!.Elements<DefinedName>().Where(n => n.Name == "_xlnm.Print_Titles").ToList();
        titles.Count.ShouldBe(4);
        titles.ShouldContain(n => n.Text == "'Cost items'!$1:$1");
    }

    [Fact]
    public void Xlsx_Should_Mark_Formula_Like_Text_As_Text_And_Keep_A_Negative_Amount_A_Number()
    {
        using var stream = new MemoryStream();
        new XlsxSummaryWriter(SummaryLabels.English).Write(SummaryFixture.With("=1+2", "-50.00"), stream);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var participants = Cells(document.WorkbookPart!, "Participants");
        Text(participants["A2"]).ShouldBe("=1+2");
        participants["A2"].CellFormula.ShouldBeNull();
        var style = (int)participants["A2"].StyleIndex!.Value;
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt(style).QuotePrefix!.Value.ShouldBeTrue();
        var items = Cells(document.WorkbookPart!, "Cost items");
        var refund = items.Values.Single(c => c.CellReference == "F7");
        Number(refund).ShouldBe(-50m);
    }

    [Theory]
    [InlineData("fi", "Y-tunnus", "Tilinumero (IBAN)", "14 päivää netto")]
    [InlineData("en", "Business ID", "Account (IBAN)", "14 days net")]
    public void Xlsx_Should_Name_The_Associations_Business_Id_Account_Date_And_Payment_Term_Like_The_Printed_Letterhead(string language, string businessId, string iban, string term)
    {
        // Given
        var terms = new PaymentTerms("2077474-0", "FI21 1234 5600 0007 85", 14, new DateOnly(2027, 9, 1));
        using var stream = new MemoryStream();
        new XlsxSummaryWriter(language == "fi" ? SummaryLabels.Finnish : SummaryLabels.English).Write(SummaryFixture.Summary, stream, terms);
        stream.Position = 0;

        // When
        using var document = SpreadsheetDocument.Open(stream, false);
        var cells = Cells(document.WorkbookPart!, language == "fi" ? "Kampanja" : "Campaign");
        var values = cells.Values.Where(c => c.CellReference!.Value!.StartsWith('A') && cells.ContainsKey("B" + c.CellReference!.Value![1..]))
            .GroupBy(Text).ToDictionary(g => g.Key, g => cells["B" + g.First().CellReference!.Value![1..]]);

        // Then
        Text(values[businessId]).ShouldBe("2077474-0");
        Text(values[iban]).ShouldBe("FI21 1234 5600 0007 85");
        Number(values[language == "fi" ? "Päiväys" : "Date"]).ShouldBe(new DateOnly(2027, 9, 1).DayNumber - new DateOnly(1899, 12, 30).DayNumber);
        Text(values[language == "fi" ? "Maksuehto" : "Payment term"]).ShouldBe(term);
    }

    private static Dictionary<string, Cell> Cells(WorkbookPart workbook, string sheet)
    {
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return ((WorksheetPart)workbook.GetPartById(id)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
    }

    private static string Text(Cell cell) => cell.InlineString!.Text!.Text;

    private static decimal Number(Cell cell) => decimal.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
}
