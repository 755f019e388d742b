using System.Globalization;
using System.Text.Json;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Demo;
using CoMarketing.Storage;
using CoMarketing.Storage.Demo;

namespace CoMarketing.Cli.Tests.Commands;

public sealed class CampaignStatusCommandTests : IDisposable
{
    private static readonly DateOnly Today = new(2027, 3, 14);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comarketing-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string _db;

    public CampaignStatusCommandTests()
    {
        _db = Path.Combine(_folder, "demo.db");
        DemoInstaller.Install(Store.Open(_db, TimeProvider.System), DemoAssociation.Build(Today), replace: false, Actor.CommandLine, TimeProvider.System);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("draft")]
    [InlineData("running")]
    public void Reopening_A_Finished_Campaign_Without_A_Reason_Should_Exit_1_And_Change_Nothing(string status)
    {
        // Given
        var audit = AuditCount();

        // When
        var run = Run("campaign", "status", "Kevään kaupunkipäivät", status, "--lang", "en");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Out.ShouldBeEmpty();
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain("reopening it needs a reason");
        StatusOf("1").ShouldBe("finished");
        AuditCount().ShouldBe(audit);
    }

    [Fact]
    public void Reopening_A_Finished_Campaign_With_A_Reason_Should_Audit_The_Reason()
    {
        // When
        var run = Run("campaign", "status", "1", "draft", "--reason", "the printer's invoice was wrong");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        run.Out.Trim().ShouldBe("Campaign 1 'Kevään kaupunkipäivät' is now draft (was finished).");
        StatusOf("1").ShouldBe("draft");
        Store.Open(_db, TimeProvider.System).Audit.Recent(1).ShouldHaveSingleItem()
            .Details.ShouldEndWith("Reason: reopened: the printer's invoice was wrong");
    }

    [Fact]
    public void A_Running_Campaign_Can_Be_Cancelled_And_Then_Needs_A_Reason_To_Come_Back()
    {
        Run("campaign", "status", "2", "cancelled").ExitCode.ShouldBe(ExitCodes.Success);
        StatusOf("2").ShouldBe("cancelled");
        Run("campaign", "status", "2", "running").ExitCode.ShouldBe(ExitCodes.InvalidInput);
        Run("campaign", "status", "2", "running", "--reason", "sponsor came back").ExitCode.ShouldBe(ExitCodes.Success);
        StatusOf("2").ShouldBe("running");
    }

    private string StatusOf(string id) => JsonDocument.Parse(Run("campaign", "show", id, "--json").Out).RootElement.GetProperty("status").GetString()!;

    private long AuditCount() => Store.Open(_db, TimeProvider.System).Audit.Count();

    private CliRun Run(params string[] args) => CliRun.With(CultureInfo.InvariantCulture, [.. args, "--db", _db]);
}
