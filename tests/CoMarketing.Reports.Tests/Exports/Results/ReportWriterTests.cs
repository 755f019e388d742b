using System.Globalization;
using System.Text;
using System.Text.Json;
using CoMarketing.Core.Campaigns;
using CoMarketing.Reports.Exports;
using CoMarketing.Reports.Exports.Results;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig;

namespace CoMarketing.Reports.Tests.Exports.Results;

public sealed class ReportWriterTests
{
    [Fact]
    public void Xlsx_Report_Should_Read_Back_With_The_Engines_Figures_And_Sum_Formulas()
    {
        // Given
        var document = ReportFixture.Document(ReportLabels.Finnish);
        var report = document.Report;

        // When
        using var stream = new MemoryStream(ReportXlsxWriter.Write(document));
        using var xlsx = SpreadsheetDocument.Open(stream, false);
        var workbook = xlsx.WorkbookPart!;

        // Then one sheet per section, after the title sheet
        workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value)
            .ShouldBe(["Tulosraportti", "Jaksoittain", "Kampanjoittain", "Jäsenittäin", "Kampanjat jaksoittain", "Myyntisuppilo kampanjoittain"]);
        var periods = Cells(workbook, "Jaksoittain");
        Text(periods["A1"]).ShouldBe("Jakso");
        Text(periods["A2"]).ShouldBe("tammikuu 2027");
        for (var i = 0; i < report.Periods.Count; i++)
        {
            var row = i + 2;
            Number(periods[$"B{row}"]).ShouldBe(report.Periods[i].Metrics.Funnel.Reached);
            Number(periods[$"F{row}"]).ShouldBe(report.Periods[i].Metrics.Cost.ToDecimal());
        }

        Number(periods["F2"]).ShouldBe(344.44m);
        Number(periods["F3"]).ShouldBe(311.12m);
        Number(periods["G2"]).ShouldBe(34.44m);
        Number(periods["I2"]).ShouldBe(0.4516m);
        periods.ShouldNotContainKey("G4");
        Text(periods["A5"]).ShouldBe("Yhteensä");
        periods["F5"].CellFormula!.Text.ShouldBe("SUM(F2:F4)");
        Number(periods["F5"]).ShouldBe(1000.00m);
        periods["D5"].CellFormula!.Text.ShouldBe("SUM(D2:D4)");
        Number(periods["D5"]).ShouldBe(18);
        periods["G5"].CellFormula.ShouldBeNull();
        Number(periods["G5"]).ShouldBe(55.56m);

        // And a member whose name starts like a formula stays text
        var members = Cells(workbook, "Jäsenittäin");
        Text(members["A2"]).ShouldBe("=Kirjakauppa");
        members["A2"].CellFormula.ShouldBeNull();
        Number(members["F2"]).ShouldBe(500.00m);
        Number(members["G2"]).ShouldBe(62.50m);
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("en")]
    public void Pdf_Report_Should_Read_Back_With_Every_Period_Campaign_Member_And_Both_Charts(string language)
    {
        // Given
        var labels = language == "fi" ? ReportLabels.Finnish : ReportLabels.English;
        var document = ReportFixture.Document(labels);
        var l = labels.Summary;

        // When
        using var pdf = PdfDocument.Open(ReportPdfWriter.Write(document));
        var pages = pdf.GetPages().ToList();
        var text = Plain(string.Join(' ', pages.SelectMany(p => p.GetWords()).Select(w => w.Text)));

        // Then
        text.ShouldContain(Plain(document.Title));
        text.ShouldContain(Plain(labels.NewCustomersChart));
        text.ShouldContain(Plain(labels.CostValueChart));
        foreach (var period in document.Report.Periods)
        {
            text.ShouldContain(Plain(labels.PeriodName(period.Start, ResultPeriod.Month)));
            text.ShouldContain(Plain(l.Euros(period.Metrics.Cost)));
        }

        text.ShouldContain(Plain(l.Euros(document.Report.Total.Cost)));
        text.ShouldContain(Plain(l.Euros(document.Report.Total.AcquisitionCost!.Value)));
        text.ShouldContain(Plain(l.Percent(document.Report.Total.Roi!.Value * 100)));
        foreach (var member in document.Report.Members)
        {
            text.ShouldContain(Plain(member.Name));
            text.ShouldContain(Plain(l.Euros(member.Metrics.AcquisitionCost!.Value)));
        }

        // And nothing runs off the A4 page
        pages.ShouldAllBe(p => p.GetWords().All(w => w.BoundingBox.Right <= p.Width - 30));
    }

    [Fact]
    public void Csv_Report_Should_Carry_A_Bom_Plain_Numbers_And_Neutralised_Names()
    {
        // When
        var bytes = ReportCsvWriter.Write(ReportFixture.Document(ReportLabels.English), CsvDialect.Standard);

        // Then
        bytes.Take(3).ShouldBe(Encoding.UTF8.Preamble.ToArray());
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n");
        lines.ShouldContain("Period,Reached,Leads,New customers,Revenue,Cost,Acquisition cost,Customer value,ROI %");
        lines.ShouldContain("January 2027,1000,30,10,500.00,344.44,34.44,50.00,45.16");
        lines.ShouldContain("March 2027,0,0,0,0.00,344.44,,,-100");
        lines.ShouldContain("Total,3000,70,18,900.00,1000.00,55.56,50.00,-10");
        lines.ShouldContain("\"'=Kirjakauppa\",2000,40,8,400.00,500.00,62.50,50.00,-20");
        lines.ShouldContain("\"Kahvila \"\"Aalto\"\"; Oy\",1000,30,10,500.00,500.00,50.00,50.00,0");
    }

    [Fact]
    public void Finnish_Csv_Report_Should_Use_Semicolons_And_Decimal_Commas()
    {
        var text = Encoding.UTF8.GetString(ReportCsvWriter.Write(ReportFixture.Document(ReportLabels.Finnish), CsvDialect.Finnish).AsSpan(3));

        text.ShouldContain("tammikuu 2027;1000;30;10;500,00;344,44;34,44;50,00;45,16\r\n");
        text.ShouldContain("Tulosraportti kuukausittain;kuukausittain;1.1.2027;31.3.2027;Napapiirin Yrittäjät ry;2.4.2027\r\n");
    }

    [Fact]
    public void Html_Report_Should_Escape_Names_Draw_Two_Svg_Charts_And_Format_Finnish_Figures()
    {
        // When
        var html = ReportHtmlWriter.Write(ReportFixture.Document(ReportLabels.Finnish));

        // Then
        html.ShouldContain("<html lang=\"fi\">");
        html.ShouldContain("@page { size: A4 portrait;");
        html.ShouldContain("&lt;2027&gt;");
        html.ShouldNotContain("<2027>");
        html.Split("<svg class=\"chart\"").Length.ShouldBe(3);
        html.ShouldContain("<td class=\"num\">344,44 €</td>");
        html.ShouldContain("<td class=\"num\">45,16 %</td>");
        html.ShouldNotContain("<td>vk", Case.Sensitive);
    }

    [Fact]
    public void Weekly_Html_Report_Should_Name_Iso_Weeks()
    {
        var html = ReportHtmlWriter.Write(ReportFixture.Document(ReportLabels.Finnish, ResultPeriod.Week));

        // 28.12.2026 is the Monday of ISO week 53 of 2026
        html.ShouldContain("<td>vk 53/2026</td>");
        html.ShouldContain("<td>vk 13/2027</td>");
    }

    [Fact]
    public void Markdown_Report_Should_Have_Every_Section_With_Its_Totals()
    {
        var text = ReportMarkdownWriter.Write(ReportFixture.Document(ReportLabels.English, ResultPeriod.Quarter));

        text.ShouldStartWith("# Results report, quarterly\n\nNapapiirin Yrittäjät ry · 1 Jan 2027 – 31 Mar 2027 · Date 2 Apr 2027\n");
        text.ShouldContain("| Q1 2027 | 3,000 | 70 | 18 | 900.00 € | 1,000.00 € | 55.56 € | 50.00 € | -10 % |");
        foreach (var title in new[] { "Per period", "Per campaign", "Per member", "Campaigns per period", "Funnel per campaign" })
        {
            text.ShouldContain($"\n## {title}\n");
        }

        text.ShouldContain("| Total | 3,000 | 300 | 70 | 18 | 10 % | 23.33 % | 25.71 % |");
    }

    [Fact]
    public void Json_Report_Should_Give_Amounts_As_Strings_And_Unknown_Figures_As_Null()
    {
        var root = JsonDocument.Parse(ReportJsonWriter.Write(ReportFixture.Document(ReportLabels.Finnish))).RootElement;

        root.GetProperty("period").GetString().ShouldBe("month");
        root.GetProperty("from").GetString().ShouldBe("2027-01-01");
        var march = root.GetProperty("periods")[2].GetProperty("metrics");
        march.GetProperty("cost").GetString().ShouldBe("344.44");
        march.GetProperty("acquisitionCost").ValueKind.ShouldBe(JsonValueKind.Null);
        march.GetProperty("roi").GetDecimal().ShouldBe(-1m);
        root.GetProperty("total").GetProperty("acquisitionCost").GetString().ShouldBe("55.56");
        root.GetProperty("members").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public void Labels_Should_Be_Complete_And_Different_In_Both_Languages()
    {
        foreach (var labels in new[] { ReportLabels.Finnish, ReportLabels.English })
        {
            typeof(ReportLabels).GetProperties().Where(p => p.PropertyType == typeof(string)).ShouldAllBe(p => !string.IsNullOrWhiteSpace((string?)p.GetValue(labels)));
            labels.Months.Count.ShouldBe(12);
        }

        ReportLabels.Finnish.PerPeriod.ShouldNotBe(ReportLabels.English.PerPeriod);
        ReportLabels.Finnish.PeriodName(new DateOnly(2027, 4, 1), ResultPeriod.Quarter).ShouldBe("2. neljännes 2027");
        ReportLabels.English.PeriodName(new DateOnly(2027, 3, 1), ResultPeriod.Week).ShouldBe("Week 9, 2027");
    }

    private static string Plain(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    private static Dictionary<string, Cell> Cells(WorkbookPart workbook, string sheet)
    {
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return ((WorksheetPart)workbook.GetPartById(id)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
    }

    private static string Text(Cell cell) => cell.InlineString!.Text!.Text;

    private static decimal Number(Cell cell) => decimal.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
}
