using System.Text;
using System.Text.Json;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CoMarketing.EndToEnd.Tests.Infrastructure;

namespace CoMarketing.EndToEnd.Tests;

public sealed class CampaignStories : IDisposable
{
    private readonly ComarketingProcess _comarketing = new();

    public CampaignStories() => _comarketing.Run("demo").ExitCode.ShouldBe(0);

    public void Dispose() => _comarketing.Dispose();

    [Fact]
    public void I_can_list_the_demo_campaigns_as_json()
    {
        // When
        var result = _comarketing.Run("campaign", "list", "--json");

        // Then
        result.ExitCode.ShouldBe(0, result.StdErr);
        var campaigns = JsonDocument.Parse(result.StdOut).RootElement.EnumerateArray().ToList();
        campaigns.Count.ShouldBe(3);
        campaigns.Select(c => c.GetProperty("status").GetString()).ShouldBe(["finished", "running", "draft"]);
        campaigns.ShouldAllBe(c => c.GetProperty("id").GetInt64() > 0 && c.GetProperty("start").GetString()!.Length == 10 && c.GetProperty("end").GetString()!.Length == 10);
        campaigns[0].GetProperty("name").GetString().ShouldBe("Kevään kaupunkipäivät");
        campaigns[0].GetProperty("gross").GetString().ShouldBe("2535.90");
    }

    [Fact]
    public void I_can_export_a_campaign_summary_as_csv()
    {
        // Given the split of the finished campaign as the planner shows it
        var show = JsonDocument.Parse(_comarketing.Run("campaign", "show", "Kevään kaupunkipäivät", "--json").StdOut).RootElement;

        // When
        var file = Path.Combine(_comarketing.Home, "kevat.csv");
        var result = _comarketing.Run("export", "Kevään kaupunkipäivät", "--format", "csv", "-o", file);

        // Then the file is Finnish-dialect CSV (BOM, ';', decimal comma, Finnish words) with the same figures
        result.ExitCode.ShouldBe(0, result.StdErr);
        var bytes = File.ReadAllBytes(file);
        bytes.Take(3).ShouldBe(Encoding.UTF8.Preamble.ToArray());
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n");
        lines[0].ShouldBe("Kampanja;Tavoite;tavoitearvo;Alkaa;Päättyy;Tila;Tilitys;Yhdistys;Valuutta");
        lines[1].ShouldStartWith("Kevään kaupunkipäivät;kävijät;4000;1.7.2026;30.9.2026;päättynyt;yhdistyksen kautta;");
        foreach (var participant in show.GetProperty("participants").EnumerateArray())
        {
            var name = participant.GetProperty("name").GetString()!;
            var row = lines.Single(l => l.StartsWith(name + ";", StringComparison.Ordinal) && l.Split(';').Length == 10).Split(';');
            row[3].ShouldBe(participant.GetProperty("gross").GetString()!.Replace('.', ','));
            row[5].ShouldBe(participant.GetProperty("balance").GetString()!.Replace('.', ','));
            row[8].ShouldBe(participant.GetProperty("reference").GetString());
        }

        // And each payment instruction is the member's invoice line, with its reference
        foreach (var line in show.GetProperty("invoiceLines").EnumerateArray())
        {
            var instruction = $"{line.GetProperty("name").GetString()};Napapiirin Yrittäjät ry;{line.GetProperty("amount").GetString()!.Replace('.', ',')};{line.GetProperty("reference").GetString()};{line.GetProperty("rfReference").GetString()}";
            lines.ShouldContain(l => l.StartsWith(instruction + ";", StringComparison.Ordinal) && l.Split(';').Length == 6, instruction);
        }
    }

    [Fact]
    public void I_can_export_a_campaign_summary_as_xlsx_and_open_it_in_a_spreadsheet()
    {
        // When no file is named, the workbook is written under the campaign's name in the current folder
        var result = _comarketing.Run("export", "2", "--format", "xlsx");

        // Then
        result.ExitCode.ShouldBe(0, result.StdErr);
        var file = Path.Combine(_comarketing.Home, "Revontulten-talvi.xlsx");
        result.StdOut.Trim().ShouldBe($"Wrote {file}");
        var show = JsonDocument.Parse(_comarketing.Run("campaign", "show", "2", "--json").StdOut).RootElement;
        using var document = SpreadsheetDocument.Open(file, false);
        var workbook = document.WorkbookPart!;
        var id = workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == "Osallistujat").Id!.Value!;
        var cells = ((WorksheetPart)workbook.GetPartById(id)).Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        var participants = show.GetProperty("participants").EnumerateArray().ToList();
        for (var i = 0; i < participants.Count; i++)
        {
            cells[$"A{i + 2}"].InlineString!.Text!.Text.ShouldBe(participants[i].GetProperty("name").GetString());
            cells[$"D{i + 2}"].DataType.ShouldBeNull();
            decimal.Parse(cells[$"D{i + 2}"].CellValue!.Text, CultureInfo.InvariantCulture).ShouldBe(decimal.Parse(participants[i].GetProperty("gross").GetString()!, CultureInfo.InvariantCulture));
            cells[$"I{i + 2}"].InlineString!.Text!.Text.ShouldBe(participants[i].GetProperty("reference").GetString());
        }

        var total = cells[$"D{participants.Count + 2}"];
        total.CellFormula!.Text.ShouldBe($"SUM(D2:D{participants.Count + 1})");
        decimal.Parse(total.CellValue!.Text, CultureInfo.InvariantCulture).ShouldBe(4455.25m);
    }

    [Theory]
    [InlineData("fi", "Maksettavaa", "1\u00a0432,76 €")]
    [InlineData("en", "You pay", "1,432.76 €")]
    public void I_can_hand_a_member_a_one_page_pdf_statement_with_one_amount_one_reference_and_one_due_date(string language, string heading, string amount)
    {
        // Given the association's account and payment term, and what campaign show says Ravintola Revontuli pays
        _comarketing.Run("settings", "--iban", "FI21 1234 5600 0007 85", "--business-id", "2077474-0", "--payment-term", "10").ExitCode.ShouldBe(0);
        var show = JsonDocument.Parse(_comarketing.Run("campaign", "show", "2", "--json").StdOut).RootElement;
        var line = show.GetProperty("invoiceLines").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "Ravintola Revontuli");

        // When
        var file = Path.Combine(_comarketing.Home, $"revontuli-{language}.pdf");
        var result = _comarketing.Run("export", "2", "--format", "pdf", "--member", "Ravintola Revontuli", "--lang", language, "-o", file);

        // Then one page holds the amount, the reference, the due date and the account
        result.ExitCode.ShouldBe(0, result.StdErr);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(file);
        pdf.NumberOfPages.ShouldBe(1);
        var text = string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text)).Replace('\u00a0', ' ');
        text.ShouldContain(heading);
        text.ShouldContain(amount.Replace('\u00a0', ' '));
        line.GetProperty("amount").GetString().ShouldBe("1432.76");
        text.ShouldContain(line.GetProperty("reference").GetString()!);
        text.ShouldContain(line.GetProperty("rfReference").GetString()!);
        text.ShouldContain("FI21 1234 5600 0007 85");
        text.ShouldContain("2077474-0");
        var due = DateOnly.FromDateTime(DateTime.Now).AddDays(10);
        text.ShouldContain(due.ToString(language == "fi" ? "d.M.yyyy" : "d MMM yyyy", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void I_can_see_the_campaigns_in_the_calendar_after_installing_the_demo()
    {
        // Given the running campaign's first day
        var running = JsonDocument.Parse(_comarketing.Run("campaign", "list", "--json").StdOut).RootElement[1];
        var start = running.GetProperty("start").GetString()!;

        // When
        var result = _comarketing.Run("calendar", start[..4], "--json");

        // Then its span and its plan entries are there, kind "campaign", among the holidays
        result.ExitCode.ShouldBe(0, result.StdErr);
        var entries = JsonDocument.Parse(result.StdOut).RootElement.EnumerateArray().ToList();
        entries.ShouldContain(e => e.GetProperty("kind").GetString() == "holiday");
        entries.ShouldContain(e => e.GetProperty("kind").GetString() == "campaign" && e.GetProperty("name").GetString() == "Revontulten talvi" && e.GetProperty("date").GetString() == start);
        entries.ShouldContain(e => e.GetProperty("kind").GetString() == "campaign" && e.GetProperty("name").GetString()!.StartsWith("Revontulten talvi: ", StringComparison.Ordinal));
        entries.Select(e => e.GetProperty("date").GetString()).ShouldBeInOrder();
    }
}
