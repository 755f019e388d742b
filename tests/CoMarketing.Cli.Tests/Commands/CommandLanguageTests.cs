using System.Globalization;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Demo;
using CoMarketing.Storage;
using CoMarketing.Storage.Demo;

namespace CoMarketing.Cli.Tests.Commands;

/// <summary>
/// A command speaks one language: <c>--lang</c>, else the association's (the demo association's is Finnish). Refusals
/// on stderr and the lines <c>match</c> and <c>group</c> write around the bands and reasons follow it.
/// </summary>
public sealed class CommandLanguageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comarketing-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string _db;

    public CommandLanguageTests()
    {
        _db = Path.Combine(_folder, "demo.db");
        DemoInstaller.Install(Store.Open(_db, TimeProvider.System), DemoAssociation.Build(new DateOnly(2027, 3, 14)), replace: false, Actor.CommandLine, TimeProvider.System);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void I_can_read_the_partners_of_a_business_in_Finnish()
    {
        // When
        var run = Run("match", "Eräpuoti Kairankulma", "--top", "50", "--lang", "fi");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Kumppanit yritykselle Eräpuoti Kairankulma (id ");
        lines[0].ShouldEndWith("), paras ensin:");
        lines[1].ShouldMatch(@"^  1\. .+ \(id \d+\)  pisteet \d+,\d, (vahva|mahdollinen)$");
        lines[^1].ShouldMatch(@"^\d+ heikkoa kumppania jäi pois; --all näyttää ne\.$");
        run.Out.ShouldNotContain("Partners for");
        run.Out.ShouldNotContain("score");
    }

    [Fact]
    public void The_Association_Language_Should_Be_Used_When_No_Lang_Is_Given()
    {
        // When: the demo association is Finnish
        var finnish = Run("match", "Eräpuoti Kairankulma", "--top", "5");
        var english = Run("match", "Eräpuoti Kairankulma", "--top", "5", "--lang", "en");

        // Then
        finnish.Out.ShouldStartWith("Kumppanit yritykselle Eräpuoti Kairankulma");
        english.Out.ShouldStartWith("Partners for Eräpuoti Kairankulma");
    }

    [Fact]
    public void I_can_read_a_suggested_group_in_Finnish()
    {
        // When
        var run = Run("group", "1", "--size", "3", "--lang", "fi");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldMatch(@"^Ryhmä yritykselle .+ \(id 1\), tavoittavuus [\d ]+:$");
        lines[1].ShouldMatch(@"^  \+ .+ \(id \d+\), tavoittavuus [\d ]+$");
        lines[^1].ShouldMatch(@"^Yhteinen tavoittavuus ilman päällekkäisyyksiä [\d ]+ \(\+[\d ]+ ihmistä\)\.$");
    }

    [Theory]
    [InlineData(null, "ALV-prosentin pitää olla välillä 0–100, ja siinä saa olla enintään kaksi desimaalia; nyt 25,555.")]
    [InlineData("fi", "ALV-prosentin pitää olla välillä 0–100, ja siinä saa olla enintään kaksi desimaalia; nyt 25,555.")]
    [InlineData("en", "VAT rate must be between 0 and 100 with at most two decimals, got 25.555.")]
    public void A_Refusal_From_Core_Should_Be_Written_In_The_Language_Of_The_Command(string? language, string message)
    {
        // When
        var run = Run(["settings", "--vat", "25.555", .. language is null ? Array.Empty<string>() : ["--lang", language]]);

        // Then
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.ErrorLines.ShouldBe([message]);
    }

    [Fact]
    public void A_Refusal_Of_A_Split_File_Should_Follow_Lang()
    {
        // Given: percentages that do not total 100
        var input = CliRun.InputFile("""
            { "participants": [ { "id": "a", "reach": 100 }, { "id": "b", "reach": 200 } ],
              "items": [ { "net": "1.00", "rule": "percent", "percents": { "a": 40.5, "b": 50 } } ] }
            """);

        // When
        var run = CliRun.With(CultureInfo.InvariantCulture, "split", "--input", input, "--lang", "fi");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.ErrorLines.ShouldBe(["items[0].percents: prosenttien summa on 90,5, mutta sen pitää olla 100"]);
    }

    [Theory]
    [InlineData("fi", "Vuoden pitää olla välillä 1583–9999, nyt 1500.")]
    [InlineData("en", "Year must be between 1583 and 9999, got 1500.")]
    public void A_Command_Without_A_Database_Should_Refuse_In_Lang(string language, string message)
    {
        // When
        var run = CliRun.With(CultureInfo.InvariantCulture, "calendar", "1500", "--lang", language);

        // Then
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.ErrorLines.ShouldBe([message]);
    }

    [Theory]
    [InlineData("fi_FI.UTF-8", "ALV-prosentin pitää olla välillä 0–100, ja siinä saa olla enintään kaksi desimaalia; nyt 25,555.")]
    [InlineData("C.UTF-8", "VAT rate must be between 0 and 100 with at most two decimals, got 25.555.")]
    public void On_An_Empty_Database_The_Locale_Should_Choose_As_In_The_Planner(string locale, string message)
    {
        // Given: a database with no members yet, whose association is Finnish by default
        var fresh = Path.Combine(_folder, "fresh.db");
        var (output, error) = (new StringWriter(CultureInfo.InvariantCulture), new StringWriter(CultureInfo.InvariantCulture));
        var variables = new Dictionary<string, string> { ["HOME"] = _folder, ["LANG"] = locale };
        var environment = new CliEnvironment(output, error, name => variables.GetValueOrDefault(name), TimeProvider.System, CultureInfo.InvariantCulture);

        // When
        var code = CliApplication.Run(["settings", "--vat", "25.555", "--db", fresh], environment);

        // Then
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ToString().Trim().ShouldBe(message);
    }

    private CliRun Run(params string[] args) => CliRun.With(CultureInfo.InvariantCulture, [.. args, "--db", _db]);
}
