using System.Globalization;
using System.Text.Json;
using CoMarketing.EndToEnd.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig;

namespace CoMarketing.EndToEnd.Tests;

public sealed class ReportStories : IDisposable
{
    private readonly ComarketingProcess _comarketing = new();

    public ReportStories() => _comarketing.Run("demo").ExitCode.ShouldBe(0);

    public void Dispose() => _comarketing.Dispose();

    [Fact]
    public void I_can_report_monthly_results_across_campaigns_and_they_agree_with_campaign_show()
    {
        // Given what campaign show says of the finished and the running demo campaign (the draft is left out)
        var shown = new[] { "1", "2" }.Select(id => JsonDocument.Parse(_comarketing.Run("campaign", "show", id, "--json").StdOut).RootElement).ToList();

        // When
        var result = _comarketing.Run("report", "--period", "month", "--format", "json");

        // Then the report's campaigns carry the same whole cost, results, acquisition cost and ROI
        result.ExitCode.ShouldBe(0, result.StdErr);
        var report = JsonDocument.Parse(result.StdOut).RootElement;
        var campaigns = report.GetProperty("campaigns").EnumerateArray().ToList();
        campaigns.Select(c => c.GetProperty("name").GetString()).ShouldBe(["Kevään kaupunkipäivät", "Revontulten talvi"]);
        for (var i = 0; i < 2; i++)
        {
            var expected = shown[i].GetProperty("metrics");
            var actual = campaigns[i].GetProperty("metrics");
            foreach (var field in new[] { "cost", "revenue", "acquisitionCost", "customerValue" })
            {
                actual.GetProperty(field).GetString().ShouldBe(expected.GetProperty(field).GetString(), field);
            }

            actual.GetProperty("newCustomers").GetInt64().ShouldBe(expected.GetProperty("newCustomers").GetInt64());
            actual.GetProperty("roi").GetDecimal().ShouldBe(expected.GetProperty("roi").GetDecimal());
        }

        // And every month's cost sums to the total to the cent
        var months = report.GetProperty("periods").EnumerateArray().ToList();
        months.ShouldAllBe(p => p.GetProperty("start").GetString()!.EndsWith("-01", StringComparison.Ordinal));
        months.Sum(p => decimal.Parse(p.GetProperty("metrics").GetProperty("cost").GetString()!, CultureInfo.InvariantCulture))
            .ShouldBe(decimal.Parse(report.GetProperty("total").GetProperty("cost").GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void I_can_print_the_weekly_report_as_pdf_and_open_it_as_a_spreadsheet()
    {
        // When
        var pdf = _comarketing.Run("report", "--period", "week", "--format", "pdf", "-o", "viikot.pdf");
        var xlsx = _comarketing.Run("report", "--period", "quarter", "--format", "xlsx", "--lang", "en", "-o", "quarters.xlsx");

        // Then
        pdf.ExitCode.ShouldBe(0, pdf.StdErr);
        pdf.StdOut.Trim().ShouldBe($"Wrote {_comarketing.PathOf("viikot.pdf")}");
        using (var document = PdfDocument.Open(_comarketing.PathOf("viikot.pdf")))
        {
            var words = string.Concat(document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            words.ShouldContain("Tulosraporttiviikoittain");
            words.ShouldContain("Uudetasiakkaatjaksoittain");
            words.ShouldContain("Kevään");
            words.ShouldContain("vk");
        }

        xlsx.ExitCode.ShouldBe(0, xlsx.StdErr);
        using var workbook = SpreadsheetDocument.Open(_comarketing.PathOf("quarters.xlsx"), false);
        var part = workbook.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Per campaign");
        var cells = ((WorksheetPart)part.GetPartById(sheet.Id!.Value!)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        cells["F4"].CellFormula!.Text.ShouldBe("SUM(F2:F3)");
        decimal.Parse(cells["F4"].CellValue!.Text, CultureInfo.InvariantCulture).ShouldBe(decimal.Parse(cells["F2"].CellValue!.Text, CultureInfo.InvariantCulture) + decimal.Parse(cells["F3"].CellValue!.Text, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("--from", "31.2.2027", "--from: '31.2.2027' is not a date; write it like 1.3.2027, 1 Mar 2027 or 2027-03-01.")]
    [InlineData("--to", "huomenna", "--to: 'huomenna' is not a date; write it like 1.3.2027, 1 Mar 2027 or 2027-03-01.")]
    public void A_bad_date_is_refused_in_words_with_exit_code_1(string option, string value, string message)
    {
        var result = _comarketing.Run("report", "--period", "month", option, value, "-o", "r.csv", "--format", "csv");

        result.ExitCode.ShouldBe(1);
        result.StdErr.Trim().ShouldBe(message);
        result.StdOut.ShouldBeEmpty();
        File.Exists(_comarketing.PathOf("r.csv")).ShouldBeFalse();
    }

    [Fact]
    public void A_start_after_the_end_is_refused_and_an_unknown_period_is_a_usage_error()
    {
        var backwards = _comarketing.Run("report", "--period", "week", "--from", "1.3.2027", "--to", "2027-02-01");
        var daily = _comarketing.Run("report", "--period", "day");

        backwards.ExitCode.ShouldBe(1);
        backwards.StdErr.Trim().ShouldBe("--from 1.3.2027 is after --to 1.2.2027; the report needs a start on or before its end.");
        backwards.StdOut.ShouldBeEmpty();
        daily.ExitCode.ShouldBe(2);
        daily.StdErr.ShouldContain("'day'");
    }

    [Fact]
    public void A_range_without_campaigns_says_so_in_the_associations_language()
    {
        var result = _comarketing.Run("report", "--period", "quarter", "--from", "1.1.2001", "--to", "31.12.2001", "--format", "md");

        result.ExitCode.ShouldBe(0, result.StdErr);
        result.StdOut.ShouldContain("# Tulosraportti neljännesvuosittain");
        result.StdOut.ShouldContain("Raportin ajalta ei ole käynnissä olevia tai päättyneitä kampanjoita eikä tuloksia.");
    }
}
