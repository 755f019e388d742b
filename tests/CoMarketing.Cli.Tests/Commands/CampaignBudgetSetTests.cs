using System.Globalization;
using System.Text.Json;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Demo;
using CoMarketing.Storage;
using CoMarketing.Storage.Demo;

namespace CoMarketing.Cli.Tests.Commands;

public sealed class CampaignBudgetSetTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comarketing-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string _db;

    public CampaignBudgetSetTests()
    {
        _db = Path.Combine(_folder, "demo.db");
        DemoInstaller.Install(Store.Open(_db, TimeProvider.System), DemoAssociation.Build(new DateOnly(2027, 3, 14)), replace: false, Actor.CommandLine, TimeProvider.System);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("month;amount\n2027-01;1 500,00\n2027-02;2 000,50\n", "2027-01", "1500.00", "2000.50")]
    [InlineData("\uFEFF2027-01,1500.00\r\n2027-02,\"2 000,50\"\r\n", "2027-01", "1500.00", "2000.50")]
    [InlineData("2027-11,1 500,00\n2027-12,0\n", "2027-11", "1500.00", "0.00")]
    public void Budget_Set_Should_Replace_The_Plan_From_Month_And_Amount_Rows(string csv, string first, string planned0, string planned1)
    {
        // When
        var run = Run("campaign", "budget", "--set", File(csv), "--json");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        var months = JsonDocument.Parse(run.Out).RootElement.GetProperty("months").EnumerateArray().ToList();
        months.Count.ShouldBe(2);
        months[0].GetProperty("month").GetString().ShouldBe(first);
        months.Select(m => m.GetProperty("planned").GetString()).ShouldBe([planned0, planned1]);
    }

    [Fact]
    public void Budget_Set_Should_Warn_When_The_New_Plan_Is_Front_Loaded()
    {
        // Given 24 months with 10 000 in the first and 100 in the others
        var rows = Enumerable.Range(0, 24).Select(i => $"{new DateOnly(2027, 1, 1).AddMonths(i):yyyy-MM};{(i == 0 ? "10 000,00" : "100,00")}");

        // When
        var run = Run("campaign", "budget", "--set", File(string.Join('\n', rows)));

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        run.Out.ShouldContain("Warning: The plan is front-loaded");
    }

    [Theory]
    [InlineData("2027-01;1500\n2027-13;100\n", "line 2: month '2027-13' is not a month")]
    [InlineData("2027-01;1500\n2027-02;12,3x\n", "line 2: amount of 2027-02: ")]
    [InlineData("2027-01;1500\n2027-02\n", "line 2: 2027-02 has no amount")]
    [InlineData("2027-01;1500\n2027-03;100\n", "line 2: 2027-03 does not follow 2027-01 (line 1)")]
    [InlineData("month;amount\n2027-01;-5,00\n", "line 2: amount of 2027-01 cannot be negative")]
    [InlineData("month;amount\n", "line 1: the file has no months")]
    public void Budget_Set_Should_Refuse_A_Bad_Row_With_Its_Line_And_Keep_The_Plan(string csv, string problem)
    {
        // Given
        var before = Run("campaign", "budget", "--json").Out;

        // When
        var path = File(csv);
        var run = Run("campaign", "budget", "--set", path);

        // Then
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.ErrorLines[0].ShouldStartWith($"{Path.GetFileName(path)}: {problem}");
        run.ErrorLines[^1].ShouldStartWith("Budget plan not changed: 1 error(s)");
        run.Out.ShouldBeEmpty();
        Run("campaign", "budget", "--json").Out.ShouldBe(before);
    }

    private string File(string text)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private CliRun Run(params string[] args) => CliRun.With(CultureInfo.InvariantCulture, [.. args, "--db", _db]);
}
