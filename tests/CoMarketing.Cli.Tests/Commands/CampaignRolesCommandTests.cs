using System.Globalization;
using System.Text.Json;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Demo;
using CoMarketing.Storage;
using CoMarketing.Storage.Demo;

namespace CoMarketing.Cli.Tests.Commands;

/// <summary>Who posts each plan entry and the plan for surprises in <c>campaign show</c> and <c>campaign import</c>.</summary>
public sealed class CampaignRolesCommandTests : IDisposable
{
    private static readonly DateOnly Today = new(2027, 3, 14);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comarketing-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string _db;

    public CampaignRolesCommandTests()
    {
        _db = Path.Combine(_folder, "demo.db");
        DemoInstaller.Install(Store.Open(_db, TimeProvider.System), DemoAssociation.Build(Today), replace: false, Actor.CommandLine, TimeProvider.System);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Document(string plan, string contingency) => $$"""
        {
          "name": "Syysmarkkinat",
          "goal": { "kind": "traffic", "target": 2500 },
          "start": "2027-09-01",
          "end": "2027-10-31",
          "participants": ["Kahvila Aalto", "Hiusstudio Lumo"],
          "plan": [ {{plan}} ]{{contingency}}
        }
        """;

    [Fact]
    public void Show_Should_Give_Each_Entry_Its_Poster_And_The_Plan_For_Surprises()
    {
        // When
        var text = Run("campaign", "show", "Revontulten talvi", "--lang", "en");
        var finnish = Run("campaign", "show", "Revontulten talvi");
        var json = JsonDocument.Parse(Run("campaign", "show", "Revontulten talvi", "--json").Out).RootElement;

        // Then
        text.ExitCode.ShouldBe(ExitCodes.Success, text.Error);
        text.Out.ShouldContain("Who posts");
        text.Out.ShouldContain("Plan for surprises");
        text.Out.ShouldContain("Negative comments: answered by Hotelli Ounasvaara within 4 hours");
        text.Out.ShouldContain("May pause the campaign: coordinator");
        text.Out.ShouldContain("Contact: Sari Kemppainen, 040 812 3344");
        finnish.Out.ShouldContain("Kuka julkaisee");
        finnish.Out.ShouldContain("Negatiivisiin kommentteihin vastaa Hotelli Ounasvaara 4 tunnin kuluessa");
        finnish.Out.ShouldContain("Kampanjan voi keskeyttää: koordinaattori");
        json.GetProperty("plan").EnumerateArray().Select(p => p.GetProperty("owner").GetString()).ShouldBe(["Hotelli Ounasvaara", "coordinator", "Valokuvaamo Revontulikuva", "Ravintola Revontuli"]);
        var contingency = json.GetProperty("contingency");
        contingency.GetProperty("responseHours").GetInt32().ShouldBe(4);
        contingency.GetProperty("pausedBy").GetString().ShouldBe("coordinator");
        contingency.GetProperty("pausedById").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void A_Member_Should_See_Only_Its_Own_Tasks_And_Duties()
    {
        // When
        var run = Run("campaign", "show", "Revontulten talvi", "--member", "Hotelli Ounasvaara");
        var json = JsonDocument.Parse(Run("campaign", "show", "Revontulten talvi", "--member", "Hotelli Ounasvaara", "--json").Out).RootElement;

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        run.Out.ShouldContain("Tasks of Hotelli Ounasvaara in Revontulten talvi");
        run.Out.ShouldContain("Kampanjasivu julki: revontulipaketit");
        run.Out.ShouldNotContain("Viimeisen viikon tarjous");
        run.Out.ShouldContain("Answer negative comments within 4 hours");
        json.GetProperty("tasks").GetArrayLength().ShouldBe(1);
        json.GetProperty("answersNegativeComments").GetBoolean().ShouldBeTrue();
        json.GetProperty("mayPause").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void A_Member_Outside_The_Campaign_Should_Be_Told_So()
    {
        var run = Run("campaign", "show", "Revontulten talvi", "--member", "Kahvila Aalto");
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("Kahvila Aalto does not take part in Revontulten talvi");
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Import_Should_Read_Owners_And_The_Plan_For_Surprises_And_Export_Them_Back()
    {
        // Given
        var file = CliRun.InputFile(Document(
            """{ "date": "2027-09-01", "channel": "instagram", "description": "Yhteispostaus", "owner": "hiusstudio lumo" }""",
            """, "contingency": { "responder": "Kahvila Aalto", "responseHours": 12, "pausedBy": "coordinator", "contact": "Aino Aalto, 040 123 4567" }"""));

        // When
        var run = Run("campaign", "import", file);
        var show = JsonDocument.Parse(Run("campaign", "show", "Syysmarkkinat", "--json").Out).RootElement;

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        show.GetProperty("plan")[0].GetProperty("owner").GetString().ShouldBe("Hiusstudio Lumo");
        show.GetProperty("contingency").GetProperty("responder").GetString().ShouldBe("Kahvila Aalto");
        show.GetProperty("contingency").GetProperty("responseHours").GetInt32().ShouldBe(12);
        var export = Path.Combine(_folder, "syys.json");
        Run("export", "Syysmarkkinat", "--format", "json", "-o", export).ExitCode.ShouldBe(ExitCodes.Success);
        var authoring = JsonDocument.Parse(File.ReadAllText(export)).RootElement.GetProperty("authoring");
        authoring.GetProperty("plan")[0].GetProperty("owner").GetString().ShouldBe("Hiusstudio Lumo");
        authoring.GetProperty("contingency").GetProperty("contact").GetString().ShouldBe("Aino Aalto, 040 123 4567");
    }

    [Theory]
    [InlineData("\"owner\": \"Kukkakauppa Kielo\"", "", "plan[0].owner: 'Kukkakauppa Kielo' is not a participant")]
    [InlineData("\"owner\": \"coordinator\"", ", \"contingency\": { \"responseHours\": 200, \"contact\": \"Aino\" }", "contingency.responseHours: must be 1 to 168 hours, got 200")]
    [InlineData("\"owner\": \"coordinator\"", ", \"contingency\": { \"responseHours\": 2 }", "contingency.contact: is required")]
    [InlineData("\"owner\": \"coordinator\"", ", \"contingency\": { \"responseHours\": 2, \"contact\": \"Aino\", \"who\": 1 }", "contingency.who: unknown field")]
    public void Import_Should_Refuse_A_Bad_Owner_Or_Plan_For_Surprises_And_Save_Nothing(string owner, string contingency, string message)
    {
        // Given
        var file = CliRun.InputFile(Document($$"""{ "date": "2027-09-01", "channel": "instagram", "description": "Postaus", {{owner}} }""", contingency));

        // When
        var run = Run("campaign", "import", file);

        // Then
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain(message);
        Run("campaign", "list", "--json").Out.ShouldNotContain("Syysmarkkinat");
    }

    private CliRun Run(params string[] args) => CliRun.With(CultureInfo.InvariantCulture, [.. args, "--db", _db]);
}
