using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Demo;
using CoMarketing.Storage;
using CoMarketing.Storage.Demo;

namespace CoMarketing.Cli.Tests.Commands;

public sealed class CampaignImportCommandTests : IDisposable
{
    private static readonly DateOnly Today = new(2027, 3, 14);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comarketing-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string _db;

    public CampaignImportCommandTests()
    {
        _db = Path.Combine(_folder, "demo.db");
        DemoInstaller.Install(Store.Open(_db, TimeProvider.System), DemoAssociation.Build(Today), replace: false, Actor.CommandLine, TimeProvider.System);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Document = """
        {
          "name": "Syysmarkkinat",
          "goal": { "kind": "traffic", "target": 2500 },
          "start": "2027-09-01",
          "end": "2027-10-31",
          "status": "planned",
          "participants": ["Kahvila Aalto", "hiusstudio lumo", 16],
          "items": [
            { "description": "Newspaper ad", "channel": "newspaper", "net": "300.00", "rule": "equal", "paidBy": "association" },
            { "description": "Posters", "net": "100,00", "vatRate": "14", "rule": "shares", "paidBy": "Kahvila Aalto",
              "weights": { "Kahvila Aalto": 2, "Hiusstudio Lumo": 1, "16": 1 } },
            { "description": "Instagram", "channel": "instagram", "net": "200.00", "rule": "percent", "paidBy": "association",
              "percents": { "Kahvila Aalto": 50, "Hiusstudio Lumo": 30, "Eräpuoti Kairankulma": 20 } }
          ],
          "plan": [ { "date": "2027-09-01", "channel": "newspaper", "description": "Half page ad" } ],
          "results": [ { "participant": "Kahvila Aalto", "periodStart": "2027-09-01", "period": "month",
                         "reached": 900, "interested": 120, "leads": 30, "newCustomers": 12, "revenue": "480.00" } ]
        }
        """;

    [Fact]
    public void Import_Should_Create_The_Campaign_With_Its_Split_Plan_And_Results()
    {
        // When
        var run = Run("campaign", "import", File(Document));

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        run.Out.ShouldStartWith("Created campaign 4 'Syysmarkkinat': 3 participants, 3 cost items");
        var show = JsonDocument.Parse(Run("campaign", "show", "Syysmarkkinat", "--json").Out).RootElement;
        show.GetProperty("status").GetString().ShouldBe("planned");
        var participants = show.GetProperty("participants").EnumerateArray().ToList();
        participants.Select(p => p.GetProperty("name").GetString()).ShouldBe(["Kahvila Aalto", "Hiusstudio Lumo", "Eräpuoti Kairankulma"]);
        participants.Select(p => p.GetProperty("net").GetString()).ShouldBe(["250.00", "185.00", "165.00"]);
        participants[0].GetProperty("paid").GetString().ShouldBe("114.00");
        show.GetProperty("plan").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public void Import_Dry_Run_Should_Report_And_Write_Nothing()
    {
        // Given
        var before = Run("campaign", "list", "--json").Out;

        // When
        var run = Run("campaign", "import", File(Document), "--dry-run");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        run.Out.ShouldStartWith("Dry run: would create 'Syysmarkkinat'");
        Run("campaign", "list", "--json").Out.ShouldBe(before);
    }

    [Theory]
    [InlineData("participants", "[\"Kahvila Aalto\", \"Kahvila X\"]", "participants[1]: no business named 'Kahvila X'; did you mean 'Kahvila Aalto'")]
    [InlineData("participants", "[\"Kahvila Aalto\", 9999]", "participants[1]: no business with id 9999")]
    [InlineData("participants", "[\"Kahvila Aalto\", \"Hiusstudio Lumo\", 1]", "participants[2]: 'Kahvila Aalto' is already listed as participants[0]")]
    [InlineData("participants", "[]", "participants: list at least one participant")]
    [InlineData("items[2].percents", "{ \"Kahvila Aalto\": 50, \"Hiusstudio Lumo\": 30, \"Eräpuoti Kairankulma\": 10 }", "items[2].percents: percentages total 90, must total 100")]
    [InlineData("items[1].rule", "\"half\"", "items[1].rule: unknown rule 'half'")]
    [InlineData("items[0].paidBy", "\"Kahvila Kuura\"", "items[0].paidBy: 'Kahvila Kuura' is not a participant")]
    [InlineData("items[0].net", "\"12,3x\"", "items[0].net: ")]
    [InlineData("items[0].colour", "\"red\"", "items[0].colour: unknown field")]
    [InlineData("items[0].channel", "\"carrier pigeon\"", "items[0].channel: Unknown channel kind 'carrier pigeon'")]
    [InlineData("items[1].rule", "\"exact\"", "items[1].amounts: ")]
    [InlineData("goal.kind", "\"fame\"", "goal.kind: unknown kind 'fame'")]
    [InlineData("goal.target", "0", "goal.target: must be above zero")]
    [InlineData("end", "\"2027-08-01\"", "end: 2027-08-01 is before the start 2027-09-01")]
    [InlineData("start", "\"1.9.2027\"", "start: '1.9.2027' is not a date; use yyyy-MM-dd")]
    [InlineData("status", "\"paused\"", "status: unknown status 'paused'")]
    [InlineData("plan[0].channel", "null", "plan[0].channel: is required")]
    [InlineData("results[0].leads", "500", "results[0]: Results must narrow down the funnel")]
    [InlineData("results[0].participant", "\"Kahvila Kuura\"", "results[0].participant: 'Kahvila Kuura' is not a participant")]
    public void Import_Should_Refuse_An_Invalid_Field_With_One_Line_And_Write_Nothing(string field, string value, string message)
    {
        // Given
        var before = Run("campaign", "list", "--json").Out;
        var audit = AuditCount();

        // When
        var run = Run("campaign", "import", File(With(field, value)), "--lang", "en");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.ErrorLines.Length.ShouldBe(1, run.Error);
        run.ErrorLines[0].ShouldStartWith(message);
        run.Out.ShouldBeEmpty();
        Run("campaign", "list", "--json").Out.ShouldBe(before);
        AuditCount().ShouldBe(audit);
    }

    [Fact]
    public void Import_Should_Refuse_Malformed_Json_Naming_The_Line()
    {
        // When
        var run = Run("campaign", "import", File("{ \"name\": \"x\",\n  \"goal\": }"));

        // Then
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain("is not valid JSON at line 2");
    }

    [Fact]
    public void A_Second_Business_Called_Like_The_First_Should_Be_Refused_So_Participant_Names_Stay_Unambiguous()
    {
        // Given
        var store = Store.Open(_db, TimeProvider.System);
        var cafe = store.Businesses.GetAll(includeArchived: false).Single(b => b.Name == "Kahvila Aalto");

        // When
        var error = Should.Throw<DomainException>(() => store.Businesses.AddRange(
            [new Business(0, "KAHVILA AALTO", null, cafe.Industry, cafe.Offerings, cafe.Municipality, cafe.Catchment, cafe.CustomerType, cafe.Contact, cafe.Notes, false, cafe.Audience, cafe.Channels)],
            Actor.CommandLine));

        // Then: the import still finds exactly one 'Kahvila Aalto'
        error.Message.ShouldStartWith("A business named 'Kahvila Aalto' already exists");
        Run("campaign", "import", File(Document)).ExitCode.ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public void Import_Replace_Should_Replace_The_Campaigns_Content_Under_Its_Id()
    {
        // When
        var run = Run("campaign", "import", File(Document), "--replace", "Hyvinvoinnin kevät");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        var list = JsonDocument.Parse(Run("campaign", "list", "--json").Out).RootElement.EnumerateArray().ToList();
        list.Count.ShouldBe(3);
        list.Single(c => c.GetProperty("id").GetInt64() == 3).GetProperty("name").GetString().ShouldBe("Syysmarkkinat");
    }

    [Fact]
    public void An_Exported_Campaign_Should_Import_Into_Another_Database_With_The_Same_Figures()
    {
        // Given the JSON export of a demo campaign and a second demo database
        var export = Path.Combine(_folder, "export.json");
        Run("export", "Revontulten talvi", "--format", "json", "-o", export).ExitCode.ShouldBe(ExitCodes.Success);
        var exported = JsonNode.Parse(System.IO.File.ReadAllText(export))!.AsObject();
        exported["authoring"]!["name"] = "Revontulten talvi, tuotu";
        System.IO.File.WriteAllText(export, exported.ToJsonString());
        var other = Path.Combine(_folder, "other.db");
        DemoInstaller.Install(Store.Open(other, TimeProvider.System), DemoAssociation.Build(Today), replace: false, Actor.CommandLine, TimeProvider.System);

        // When (campaign names are unique, so it replaces the second database's own copy of the campaign)
        var run = CliRun.With(CultureInfo.InvariantCulture, "campaign", "import", export, "--replace", "Revontulten talvi", "--db", other);

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        var original = WithoutId(Run("campaign", "show", "2", "--json").Out);
        var imported = WithoutId(CliRun.With(CultureInfo.InvariantCulture, "campaign", "show", "2", "--json", "--db", other).Out);
        imported.ShouldBe(original);
        original.ShouldContain("\"gross\":\"4455.25\"");
        Run("campaign", "show", "2", "--json").Out.ShouldContain("\"reference\": \"20022\"");
    }

    [Fact]
    public void Status_Should_Change_The_Status_And_Write_An_Audit_Entry()
    {
        // Given
        var audit = AuditCount();

        // When
        var run = Run("campaign", "status", "Hyvinvoinnin kevät", "running");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        run.Out.Trim().ShouldBe("Campaign 3 'Hyvinvoinnin kevät' is now running (was draft).");
        JsonDocument.Parse(Run("campaign", "show", "3", "--json").Out).RootElement.GetProperty("status").GetString().ShouldBe("running");
        AuditCount().ShouldBe(audit + 1);
    }

    [Fact]
    public void Status_Should_Refuse_An_Unknown_Status_As_A_Usage_Error()
        => Run("campaign", "status", "3", "paused").ExitCode.ShouldBe(ExitCodes.Usage);

    private long AuditCount()
    {
        return Store.Open(_db, TimeProvider.System).Audit.Count();
    }

    /// <summary>The document without what depends on the campaign's id: the id and the invoice references (id × 1000 + position).</summary>
    private static string WithoutId(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("id");
        node.Remove("name");
        foreach (var holder in node["participants"]!.AsArray().Concat(node["invoiceLines"]!.AsArray()))
        {
            holder!.AsObject().Remove("reference");
            holder.AsObject().Remove("rfReference");
        }

        return node.ToJsonString();
    }

    /// <summary>The document with one field (a dotted path with indexes) set to a JSON value.</summary>
    private static string With(string field, string value)
    {
        var root = JsonNode.Parse(Document)!;
        var parts = field.Replace("[", ".", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Split('.');
        var parent = root;
        foreach (var part in parts[..^1])
        {
            parent = int.TryParse(part, CultureInfo.InvariantCulture, out var index) ? parent[index]! : parent[part]!;
        }

        parent[parts[^1]] = JsonNode.Parse(value);
        return root.ToJsonString();
    }

    private const string DirectDocument = """
        {
          "name": "Kahden kesken",
          "goal": { "kind": "sales", "target": 500 },
          "start": "2027-09-01", "end": "2027-09-30", "status": "planned",
          "participants": ["Kahvila Aalto", "Hiusstudio Lumo"],
          "items": [ { "description": "Posters", "net": "300.00", "rule": "equal", "paidBy": "Kahvila Aalto" } ],
          "settlement": "direct"
        }
        """;

    [Fact]
    public void Direct_Settlement_Should_Be_Read_And_Shown_And_Exported_Alike()
    {
        // When
        var run = Run("campaign", "import", File(DirectDocument));

        // Then the member who owes pays the member who paid (376.50 gross split equally), not the association
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        var show = JsonDocument.Parse(Run("campaign", "show", "Kahden kesken", "--json").Out).RootElement;
        show.GetProperty("settlement").GetString().ShouldBe("direct");
        var transfer = show.GetProperty("transfers").EnumerateArray().ShouldHaveSingleItem();
        transfer.GetProperty("fromName").GetString().ShouldBe("Hiusstudio Lumo");
        transfer.GetProperty("toName").GetString().ShouldBe("Kahvila Aalto");
        transfer.GetProperty("amount").GetString().ShouldBe("188.25");
        Run("campaign", "show", "Kahden kesken", "--lang", "en").Out.ShouldContain("Settlement: directly between members");

        // And the export JSON says so twice (summary and authoring document), and the CSV in words
        var export = JsonDocument.Parse(Run("export", "Kahden kesken", "--format", "json").Out).RootElement;
        export.GetProperty("settlement").GetString().ShouldBe("direct");
        export.GetProperty("authoring").GetProperty("settlement").GetString().ShouldBe("direct");
        Run("export", "Kahden kesken", "--format", "csv").Out.ShouldContain(";suoraan jäsenten kesken;");

        // And the member who is owed is told it receives, from whom
        var statement = JsonDocument.Parse(Run("export", "Kahden kesken", "--format", "json", "--member", "Kahvila Aalto").Out).RootElement;
        statement.GetProperty("action").GetString().ShouldBe("receive");
        statement.GetProperty("counterparty").GetString().ShouldBe("Hiusstudio Lumo");
        statement.GetProperty("amount").GetString().ShouldBe("188.25");
    }

    [Fact]
    public void An_Export_Of_A_Direct_Campaign_Should_Import_Back_As_Direct()
    {
        // Given
        Run("campaign", "import", File(DirectDocument)).ExitCode.ShouldBe(ExitCodes.Success);
        var export = Run("export", "Kahden kesken", "--format", "json").Out;

        // When it replaces a via-association copy
        Run("campaign", "import", File(DirectDocument.Replace("Kahden kesken", "Kopio", StringComparison.Ordinal).Replace("\"direct\"", "\"via-association\"", StringComparison.Ordinal))).ExitCode.ShouldBe(ExitCodes.Success);
        var run = Run("campaign", "import", File(export.Replace("Kahden kesken", "Kopio", StringComparison.Ordinal)), "--replace", "Kopio");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        JsonDocument.Parse(Run("campaign", "show", "Kopio", "--json").Out).RootElement.GetProperty("settlement").GetString().ShouldBe("direct");
    }

    [Theory]
    [InlineData("\"paidBy\": \"Kahvila Aalto\"", "\"paidBy\": \"association\"", "settlement: Campaign 'Kahden kesken' cannot settle directly between members: the association paid 'Posters'; settle via the association")]
    [InlineData("\"settlement\": \"direct\"", "\"settlement\": \"hub\"", "settlement: unknown settlement 'hub'; use via-association or direct")]
    public void A_Settlement_That_Cannot_Apply_Should_Be_Refused_Naming_The_Field(string from, string to, string message)
    {
        var run = Run("campaign", "import", File(DirectDocument.Replace(from, to, StringComparison.Ordinal)));

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain(message);
        Run("campaign", "list", "--json").Out.ShouldNotContain("Kahden kesken");
    }

    private string File(string json)
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.json");
        System.IO.File.WriteAllText(path, json);
        return path;
    }

    private CliRun Run(params string[] args) => CliRun.With(CultureInfo.InvariantCulture, [.. args, "--db", _db]);
}
