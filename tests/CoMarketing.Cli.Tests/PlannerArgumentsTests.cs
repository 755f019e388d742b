using CoMarketing.Cli.Tests.Commands;

namespace CoMarketing.Cli.Tests;

public sealed class PlannerArgumentsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comarketing-cli-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("", null, null, false, false)]
    [InlineData("--once", null, null, false, true)]
    [InlineData("--kiosk --lang fi", null, "fi", true, false)]
    [InlineData("--once --lang EN --db big.db", "big.db", "EN", false, true)]
    [InlineData("--db /tmp/a --kiosk --once", "/tmp/a", null, true, true)]
    public void TryParse_Should_Take_Plain_Planner_Lines(string line, string? database, string? language, bool kiosk, bool once)
    {
        // Given
        var args = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // When
        var taken = PlannerArguments.TryParse(args, out var planner);

        // Then
        taken.ShouldBeTrue();
        planner.ShouldBe(new PlannerArguments(database, language, kiosk, once));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("--version")]
    [InlineData("-h")]
    [InlineData("demo")]
    [InlineData("--once --once")]
    [InlineData("--lang")]
    [InlineData("--lang sv")]
    [InlineData("--lang fi --lang en")]
    [InlineData("--lang=fi")]
    [InlineData("--db")]
    [InlineData("--db demo")]
    [InlineData("--db --once")]
    [InlineData("--db @args.rsp")]
    [InlineData("--db=big.db")]
    [InlineData("--db a.db --db b.db")]
    [InlineData("--once extra.db")]
    [InlineData("[diagram] --once")]
    public void TryParse_Should_Leave_Everything_Else_To_The_Command_Line_Parser(string line)
    {
        // Given
        var args = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // When
        var taken = PlannerArguments.TryParse(args, out var planner);

        // Then
        taken.ShouldBeFalse();
        planner.ShouldBeNull();
    }

    [Fact]
    public void The_Quick_Path_Should_Render_The_Same_First_Frame_As_The_Full_Parser()
    {
        // Given
        var path = Path.Combine(_folder, "planner.db");

        // When
        var quick = CliRun.Of("--once", "--lang", "fi", "--db", path);
        var parsed = CliRun.Of("--once", "--lang=fi", $"--db={path}");

        // Then
        quick.ExitCode.ShouldBe(ExitCodes.Success);
        quick.Out.ShouldContain("Lataa esimerkkiyhdistys");
        parsed.ShouldBe(quick);
    }
}
