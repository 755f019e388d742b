using System.Globalization;
using System.Text;

namespace CoMarketing.Cli.Tests.Guard;

/// <summary>An unexpected failure (here: standard output gone, as with a closed pipe) is one line, error.log, exit 3.</summary>
public sealed class TopLevelGuardTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("comarketing-guard-").FullName;

    [Theory]
    [InlineData("calendar", "2027")]
    [InlineData("businesses")]
    [InlineData("campaign", "list")]
    public void An_unexpected_failure_Should_Exit_3_With_One_Line_And_The_Details_In_Error_Log(params string[] command)
    {
        // Given
        var db = Path.Combine(_folder, "x.db");
        var error = new StringWriter(CultureInfo.InvariantCulture);
        var environment = new CliEnvironment(new BrokenPipeWriter(), error, _ => null, TimeProvider.System, CultureInfo.InvariantCulture);

        // When
        var code = CliApplication.Run([.. command, "--db", db], environment);

        // Then
        code.ShouldBe(ExitCodes.Unexpected);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1);
        lines[0].ShouldStartWith($"comarketing {string.Join(' ', command.TakeWhile(a => !char.IsAsciiDigit(a[0])))} failed unexpectedly (IOException: Broken pipe)");
        lines[0].ShouldNotContain(" at ");
        var log = Path.Combine(_folder, "error.log");
        lines[0].ShouldEndWith(log);
        File.ReadAllText(log).ShouldContain("System.IO.IOException: Broken pipe");
    }

    [Fact]
    public void The_planner_Should_Exit_3_Without_A_Stack_Trace_When_Its_Output_Fails()
    {
        // Given
        var db = Path.Combine(_folder, "p.db");
        var error = new StringWriter(CultureInfo.InvariantCulture);
        var environment = new CliEnvironment(new BrokenPipeWriter(), error, _ => null, TimeProvider.System, CultureInfo.InvariantCulture);

        // When
        var code = CliApplication.Run(["--db", db, "--once"], environment);

        // Then
        code.ShouldBe(ExitCodes.Unexpected);
        error.ToString().ShouldStartWith("comarketing planner failed unexpectedly");
        error.ToString().ShouldNotContain("   at ");
        File.Exists(Path.Combine(_folder, "error.log")).ShouldBeTrue();
    }

    [Fact]
    public void Help_Should_Document_Exit_Code_3()
    {
        var run = Commands.CliRun.Of("--help");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("3 unexpected failure");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class BrokenPipeWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("Broken pipe");

        public override void Write(string? value) => throw new IOException("Broken pipe");

        public override void WriteLine(string? value) => throw new IOException("Broken pipe");
    }
}
