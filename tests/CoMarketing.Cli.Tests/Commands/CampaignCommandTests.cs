using System.Globalization;
using System.Text.Json;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Demo;
using CoMarketing.Reports.Exports;
using CoMarketing.Storage;
using CoMarketing.Storage.Demo;

namespace CoMarketing.Cli.Tests.Commands;

public sealed class CampaignCommandTests : IDisposable
{
    private static readonly DateOnly Today = new(2027, 3, 14);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comarketing-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string _db;

    public CampaignCommandTests()
    {
        _db = Path.Combine(_folder, "demo.db");
        DemoInstaller.Install(Store.Open(_db, TimeProvider.System), DemoAssociation.Build(Today), replace: false, Actor.CommandLine, TimeProvider.System);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void List_Json_Should_Give_The_Contract_Fields_Of_Every_Campaign()
    {
        // When
        var run = Run("campaign", "list", "--json");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success);
        var campaigns = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        campaigns.Select(c => c.GetProperty("name").GetString()).ShouldBe(["Kevään kaupunkipäivät", "Revontulten talvi", "Hyvinvoinnin kevät"]);
        campaigns.Select(c => c.GetProperty("status").GetString()).ShouldBe(["finished", "running", "draft"]);
        var first = campaigns[0];
        first.GetProperty("start").GetString().ShouldBe("2026-10-01");
        first.GetProperty("end").GetString().ShouldBe("2026-12-31");
        first.GetProperty("goal").GetProperty("kind").GetString().ShouldBe("traffic");
        campaigns[1].GetProperty("goal").GetProperty("kind").GetString().ShouldBe("newCustomers");
        first.GetProperty("participants").GetInt32().ShouldBe(4);
        first.GetProperty("net").GetString().ShouldBe("1980.00"); // 1 200 + 600 + 380 − 200
        first.GetProperty("gross").GetString().ShouldBe("2535.90");
        campaigns.ShouldAllBe(c => c.GetProperty("id").GetInt64() > 0);
    }

    [Fact]
    public void Show_Json_Should_Hold_The_Split_Settlement_And_Metrics_Summing_Exactly()
    {
        // When the finished campaign is named by its name, in another case
        var run = Run("campaign", "show", "KEVÄÄN KAUPUNKIPÄIVÄT", "--json");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        var root = JsonDocument.Parse(run.Out).RootElement;
        var participants = root.GetProperty("participants").EnumerateArray().ToList();
        participants.Sum(p => Cents(p.GetProperty("gross"))).ShouldBe(Cents(root.GetProperty("totals").GetProperty("gross")));
        root.GetProperty("items")[0].GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("net").GetString()).ShouldBe(["300.00", "300.00", "300.00", "300.00"]);
        root.GetProperty("items")[3].GetProperty("gross").GetString().ShouldBe("-200.00");
        root.GetProperty("transfers").EnumerateArray().Sum(t => Cents(t.GetProperty("amount"))).ShouldBeGreaterThan(0);
        participants[0].GetProperty("reference").GetString().ShouldBe("10016");
        var metrics = root.GetProperty("metrics");
        metrics.GetProperty("newCustomers").GetInt64().ShouldBe(participants.Sum(p => p.GetProperty("metrics").GetProperty("newCustomers").GetInt64()));
        metrics.GetProperty("cost").GetString().ShouldBe("2535.90");
        metrics.GetProperty("customerValue").GetString().ShouldBe("35.00");
        root.GetProperty("results").GetProperty("month").GetArrayLength().ShouldBe(3);
        root.GetProperty("results").GetProperty("quarter").GetArrayLength().ShouldBe(1);
        root.GetProperty("plan").GetArrayLength().ShouldBe(4);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Show_Json_Should_Give_Each_Member_One_Instruction_That_Is_Its_Invoice_Line(int campaign)
    {
        // When
        var root = JsonDocument.Parse(Run("campaign", "show", campaign.ToString(CultureInfo.InvariantCulture), "--json").Out).RootElement;

        // Then every member with a balance has exactly one transfer, to or from the association, of that balance
        root.GetProperty("settlement").GetString().ShouldBe("viaAssociation");
        var transfers = root.GetProperty("transfers").EnumerateArray().ToList();
        var lines = root.GetProperty("invoiceLines").EnumerateArray().ToList();
        foreach (var (p, position) in root.GetProperty("participants").EnumerateArray().Select((p, i) => (p, i + 1)))
        {
            var id = p.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
            var balance = Cents(p.GetProperty("balance"));
            var mine = transfers.Where(t => t.GetProperty("from").GetString() == id || t.GetProperty("to").GetString() == id).ToList();
            mine.Count.ShouldBe(balance == 0 ? 0 : 1);
            Cents(p.GetProperty("invoiced")).ShouldBe(Math.Max(0, -balance));
            lines.Where(l => l.GetProperty("participant").GetString() == id).Sum(l => Cents(l.GetProperty("amount"))).ShouldBe(Math.Max(0, -balance));
            var reference = p.GetProperty("reference").GetString()!;
            reference[..^1].ShouldBe((campaign * 1000 + position).ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Show_Should_Print_Tables_With_Metrics_In_The_Associations_Language_Naming_Businesses()
    {
        var run = Run("campaign", "show", "2");
        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.Out.ShouldContain("Revontulten talvi (2), käynnissä, ");
        run.Out.ShouldContain("Maksuohjeet");
        run.Out.ShouldContain("Hankintahinta");
        run.Out.ShouldContain("Julkaisusuunnitelma");
        run.Out.ShouldContain("hyödyn mukaan; maksaja: Napapiirin Yrittäjät ry");
        var instruction = run.Out.Split('\n').Single(l => l.StartsWith("Ravintola Revontuli ", StringComparison.Ordinal) && l.Contains("20022", StringComparison.Ordinal));
        instruction.ShouldContain("Napapiirin Yrittäjät ry");
        instruction.ShouldContain("1\u00a0432,76 €");
        run.Out.ShouldNotContain("running");
        run.Out.ShouldNotContain("association");
    }

    [Fact]
    public void Show_Should_Print_English_With_Lang_En()
    {
        var run = Run("campaign", "show", "2", "--lang", "en");
        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.Out.ShouldContain("Revontulten talvi (2), running, ");
        run.Out.ShouldContain("Payment instructions");
        run.Out.ShouldContain("Acquisition cost");
        run.Out.ShouldContain("1,432.76 €");
        run.Out.ShouldNotContain("Maksuohjeet");
    }

    [Fact]
    public void An_Unknown_Campaign_Should_Exit_1_With_One_Line_And_Nothing_On_Stdout()
    {
        var run = Run("campaign", "show", "Kesäjuhlat", "--json");
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Out.ShouldBeEmpty();
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("There is no campaign 'Kesäjuhlat'; there are: ");
    }

    [Fact]
    public void Budget_Json_Should_Show_24_Months_Planned_Against_Spent()
    {
        var root = JsonDocument.Parse(Run("campaign", "budget", "--json").Out).RootElement;
        root.GetProperty("months").GetArrayLength().ShouldBe(24);
        root.GetProperty("planned").GetString().ShouldBe("42000.00");
        root.GetProperty("frontLoaded").GetBoolean().ShouldBeFalse();
        root.GetProperty("warnings").GetArrayLength().ShouldBe(0);
        Cents(root.GetProperty("spent")).ShouldBeGreaterThan(253590); // the finished campaign at least
    }

    [Fact]
    public void Export_Csv_Should_Be_Finnish_For_A_Finnish_Association()
    {
        var run = Run("export", "1", "--format", "csv");
        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.Out.ShouldStartWith("\uFEFFKampanja;Tavoite;tavoitearvo;");
        run.Out.ShouldContain(";Kahvila Aalto;300,00;76,50;376,50\r\n");
    }

    [Fact]
    public void Export_Csv_Should_Be_English_With_Lang_En_And_Still_Carry_A_Bom()
    {
        var run = Run("export", "1", "--format", "csv", "--lang", "en");
        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.Out.ShouldStartWith("\uFEFFCampaign,Goal,target,");
        run.Out.ShouldContain(",Kahvila Aalto,300.00,76.50,376.50\r\n");
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("en")]
    public void A_Members_Statement_Should_Give_The_Amount_And_Reference_Of_Campaign_Show_In_Every_Text_Format(string language)
    {
        // Given what campaign show says Ravintola Revontuli pays in campaign 2
        var show = JsonDocument.Parse(Run("campaign", "show", "2", "--json").Out).RootElement;
        var line = show.GetProperty("invoiceLines").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "Ravintola Revontuli");
        var amount = Core.Finance.Money.Parse(line.GetProperty("amount").GetString());
        var reference = line.GetProperty("reference").GetString()!;
        var labels = language == "fi" ? SummaryLabels.Finnish : SummaryLabels.English;

        // When
        var json = JsonDocument.Parse(Run("export", "2", "--format", "json", "--member", "ravintola revontuli", "--lang", language).Out).RootElement;
        var csv = Run("export", "2", "--format", "csv", "--member", "Ravintola Revontuli", "--lang", language).Out;
        var md = Run("export", "2", "--format", "md", "--member", "Ravintola Revontuli", "--lang", language).Out;
        var html = Run("export", "2", "--format", "html", "--member", "Ravintola Revontuli", "--lang", language).Out;

        // Then every format gives one amount, one reference and one due date, those of campaign show
        (json.GetProperty("action").GetString(), json.GetProperty("amount").GetString(), json.GetProperty("reference").GetString()).ShouldBe(("pay", amount.ToString(), reference));
        csv.ShouldContain($"{CsvDialect.For(labels.Language).Amount(amount)}{CsvDialect.For(labels.Language).Delimiter}{reference}");
        md.ShouldContain($"| {labels.Euros(amount)} | {reference} |");
        html.ShouldContain(reference);
        html.ShouldContain(System.Net.WebUtility.HtmlEncode(labels.Euros(amount)));
        foreach (var text in new[] { csv, md })
        {
            System.Text.RegularExpressions.Regex.Count(text, $"(?<![0-9A-Z]){reference}").ShouldBe(1, "one reference, once");
            System.Text.RegularExpressions.Regex.Count(text, labels.Language == Core.Association.Language.Finnish ? @"\b\d{1,2}\.\d{1,2}\.\d{4}\b" : @"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2} [A-Z][a-z]{2} \d{4}\b").ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public void A_Statement_For_Someone_Not_In_The_Campaign_Should_Exit_1_Naming_The_Participants()
    {
        var run = Run("export", "2", "--format", "pdf", "--member", "Kahvila Aalto");
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("--member: 'Kahvila Aalto' is not a participant of 'Revontulten talvi'");
    }

    [Fact]
    public void Export_Should_Refuse_To_Overwrite_An_Existing_File_Without_Force()
    {
        // Given a file that exists
        var file = Path.Combine(_folder, "summary.html");
        File.WriteAllText(file, "keep me");

        // When
        var refused = Run("export", "1", "--format", "html", "-o", file);

        // Then
        refused.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        refused.ErrorLines.ShouldHaveSingleItem().ShouldContain("already exists; choose another file with -o, or add --force");
        File.ReadAllText(file).ShouldBe("keep me");

        // And with --force it is replaced
        Run("export", "1", "--format", "html", "-o", file, "--force").ExitCode.ShouldBe(ExitCodes.Success);
        File.ReadAllText(file).ShouldStartWith("<!DOCTYPE html>");
    }

    [Fact]
    public void Export_Json_To_A_File_Should_Read_Back_Into_The_Figures_Of_Show()
    {
        // Given
        var file = Path.Combine(_folder, "out", "..", "summary.json");

        // When
        var run = Run("export", "Revontulten talvi", "--format", "json", "-o", file);

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        run.Out.Trim().ShouldBe($"Wrote {Path.GetFullPath(file)}");
        var summary = JsonSummaryReader.Read(File.ReadAllText(file));
        var show = JsonDocument.Parse(Run("campaign", "show", "2", "--json").Out).RootElement;
        summary.Totals.Gross.ToString().ShouldBe(show.GetProperty("totals").GetProperty("gross").GetString());
        summary.Participants.Select(p => p.Balance.ToString()).ShouldBe(show.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("balance").GetString()));
    }

    [Fact]
    public void Show_Json_Should_Give_The_Due_Date_And_The_Associations_Account_That_The_Exports_Print()
    {
        // Given the association's Y-tunnus and IBAN
        Run("settings", "--business-id", "0112038-9", "--iban", "FI2112345600000785", "--payment-term", "21").ExitCode.ShouldBe(ExitCodes.Success);
        var due = DateOnly.FromDateTime(DateTime.Now).AddDays(21).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // When
        var root = JsonDocument.Parse(Run("campaign", "show", "2", "--json").Out).RootElement;

        // Then the figures a statement is checked against are all there
        var terms = root.GetProperty("paymentTerms");
        terms.GetProperty("businessId").GetString().ShouldBe("0112038-9");
        terms.GetProperty("iban").GetString().ShouldBe("FI21 1234 5600 0007 85");
        terms.GetProperty("days").GetInt32().ShouldBe(21);
        terms.GetProperty("dueDate").GetString().ShouldBe(due);
        root.GetProperty("invoiceLines").EnumerateArray().ShouldAllBe(l => l.GetProperty("dueDate").GetString() == due);
    }

    [Fact]
    public void Export_Json_Should_Carry_The_Due_Date_Of_The_Payment_Instructions_Like_The_Printed_Formats()
    {
        // Given
        var file = Path.Combine(_folder, "summary.json");
        var due = DateOnly.FromDateTime(DateTime.Now).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // When
        Run("export", "1", "--format", "json", "-o", file).ExitCode.ShouldBe(ExitCodes.Success);

        // Then
        var root = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
        root.GetProperty("paymentTerms").GetProperty("dueDate").GetString().ShouldBe(due);
        root.GetProperty("paymentTerms").GetProperty("days").GetInt32().ShouldBe(14);
        root.GetProperty("paymentTerms").GetProperty("issued").GetString().ShouldBe(DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        JsonSummaryReader.Read(File.ReadAllText(file)).PaymentInstructions.Count.ShouldBe(4);
    }

    [Fact]
    public void An_Unknown_Export_Format_Should_Be_A_Usage_Error()
        => Run("export", "1", "--format", "docx").ExitCode.ShouldBe(ExitCodes.Usage);

    [Fact]
    public void Calendar_Should_Merge_Campaign_Spans_And_Plan_Entries_From_The_Database()
    {
        var entries = JsonDocument.Parse(Run("calendar", "2026", "--json").Out).RootElement.EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "campaign").ToList();
        entries.ShouldContain(e => e.GetProperty("name").GetString() == "Kevään kaupunkipäivät" && e.GetProperty("end").GetString() == "2026-12-31");
        entries.Count(e => e.GetProperty("name").GetString()!.StartsWith("Kevään kaupunkipäivät: ", StringComparison.Ordinal)).ShouldBe(4);
    }

    [Fact]
    public void Calendar_Should_Not_Create_A_Missing_Database()
    {
        var missing = Path.Combine(_folder, "none", "x.db");
        var run = CliRun.Of("calendar", "2027", "--db", missing);
        run.ExitCode.ShouldBe(ExitCodes.Success);
        File.Exists(missing).ShouldBeFalse();
        Directory.Exists(Path.GetDirectoryName(missing)).ShouldBeFalse();
    }

    private CliRun Run(params string[] args) => CliRun.With(CultureInfo.InvariantCulture, [.. args, "--db", _db]);

    private static long Cents(JsonElement amount) => Core.Finance.Money.Parse(amount.GetString()).Cents;
}
