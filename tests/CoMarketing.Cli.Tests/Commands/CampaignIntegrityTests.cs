using System.Globalization;
using CoMarketing.Storage;

namespace CoMarketing.Cli.Tests.Commands;

/// <summary>
/// Competitors and "never pair" partners are warned about on import, show and check and need the coordinator's
/// reason; campaign names are unique; replacing a finished campaign needs --force and a reason; all audited.
/// </summary>
public sealed class CampaignIntegrityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("comarketing-integrity-").FullName;
    private readonly string _db;

    public CampaignIntegrityTests()
    {
        _db = Path.Combine(_folder, "c.db");
        Run("demo").ExitCode.ShouldBe(0);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Importing_competitors_Should_Warn_And_Need_A_Reason()
    {
        // Given
        var file = Document("Kahvilaviikko", "Kahvila Aalto", "Kahvila Kuura");
        var before = Counts();

        // When
        var refused = Run("campaign", "import", file);

        // Then
        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("warning: 'Kahvila Aalto' and 'Kahvila Kuura' are competitors (same industry 5610).");
        refused.Error.ShouldContain("give --reason");
        Counts().ShouldBe(before);

        // When the coordinator gives a reason
        var accepted = Run("campaign", "import", file, "--reason", "Yhteinen kahvilaviikko, sovittu hallituksessa");

        // Then it is imported, and the reason is in the audit log
        accepted.ExitCode.ShouldBe(0, accepted.Error);
        Store.Open(_db, TimeProvider.System).Audit.Recent(1).Single().Details.ShouldContain("Reason: Yhteinen kahvilaviikko, sovittu hallituksessa (warned: 'Kahvila Aalto' and 'Kahvila Kuura' are competitors");

        // And show and check warn about it
        Run("campaign", "show", "Kahvilaviikko").Error.ShouldContain("warning: 'Kahvila Aalto' and 'Kahvila Kuura' are competitors");
        var check = Run("check");
        check.ExitCode.ShouldBe(0);
        check.Out.ShouldContain("'Kahvilaviikko': 'Kahvila Aalto' and 'Kahvila Kuura' are competitors");
        check.Out.ShouldNotContain("No problems found in " + _db + Environment.NewLine);
    }

    [Fact]
    public void A_second_campaign_With_The_Same_Name_In_Another_Case_Should_Be_Refused()
    {
        Run("campaign", "import", Document("Syysmarkkinat", "Kahvila Aalto", "Hiusstudio Lumo")).ExitCode.ShouldBe(0);
        var before = Counts();

        var again = Run("campaign", "import", Document("SYYSMARKKINAT", "Kahvila Aalto", "Hiusstudio Lumo"), "--lang", "en");

        again.ExitCode.ShouldBe(1);
        again.Error.ShouldContain("A campaign named 'Syysmarkkinat' already exists");
        Counts().ShouldBe(before);
    }

    [Fact]
    public void Replacing_a_finished_campaign_Should_Need_Force_And_A_Reason()
    {
        // Given the demo's finished campaign
        var finished = Store.Open(_db, TimeProvider.System).Campaigns.GetAll().Single(c => c.Status == Core.Campaigns.CampaignStatus.Finished);
        var id = finished.Id.ToString(CultureInfo.InvariantCulture);
        var file = Document("Korjattu kampanja", "Kahvila Aalto", "Hiusstudio Lumo");
        var before = Counts();

        // When / Then
        Run("campaign", "import", file, "--replace", id).Error.ShouldContain("is finished; replacing it and its results needs --force and --reason");
        Run("campaign", "import", file, "--replace", id, "--force").ExitCode.ShouldBe(1);
        Counts().ShouldBe(before);
        var replaced = Run("campaign", "import", file, "--replace", id, "--force", "--reason", "Tulokset korjattu");
        replaced.ExitCode.ShouldBe(0, replaced.Error);
        Store.Open(_db, TimeProvider.System).Audit.Recent(1).Single().Details.ShouldContain("Reason: Tulokset korjattu");
    }

    private (long Audit, int Campaigns) Counts()
    {
        var store = Store.Open(_db, TimeProvider.System);
        return (store.Audit.Count(), store.Campaigns.GetAll().Count);
    }

    private string Document(string name, string first, string second)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, $$"""
            { "name": "{{name}}", "goal": { "kind": "leads", "target": 10 }, "start": "2027-09-01", "end": "2027-09-30",
              "participants": [ "{{first}}", "{{second}}" ], "items": [ { "description": "Ilmoitus", "net": "100.00" } ] }
            """);
        return path;
    }

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--db", _db]);
}
