using CoMarketing.EndToEnd.Tests.Infrastructure;

namespace CoMarketing.EndToEnd.Tests;

/// <summary>
/// A sample of the fuzz corpus (tests/CoMarketing.Cli.Tests/Fuzz/corpus) through the real executable: a careless or
/// hostile file gets one clear line and exit 1, never a stack trace, and the data is unchanged.
/// </summary>
public sealed class HostileInputStories : IDisposable
{
    private readonly ComarketingProcess _comarketing = new();

    public void Dispose() => _comarketing.Dispose();

    [Theory]
    [InlineData("import", "xlsx", "xfd1048576.xlsx", "Cell XFD1048576 is beyond what an import reads")]
    [InlineData("import", "xlsx", "empty-zip.xlsx", "not a readable XLSX workbook")]
    [InlineData("import", "csv", "ytunnus-zero.csv", "all zeros")]
    [InlineData("campaign import", "json-campaign", "end-9999.json", "end: 9999-12-31 is outside the years 2000–2100")]
    [InlineData("campaign import", "json-campaign", "reached-max.json", "must be at most 1 000 000 000 people")]
    [InlineData("split --input", "json-split", "lone-surrogate.json", "participants[0].id: contains an invalid character")]
    [InlineData("split --input", "json-split", "too-many-participants.json", "at most 500 are allowed")]
    [InlineData("campaign budget --set", "budget", "month-9999.csv", "outside the years 2000–2100")]
    public void I_get_a_clear_message_and_nothing_changes_when_a_file_is_hostile(string command, string folder, string file, string expected)
    {
        // Given
        _comarketing.Run("demo").ExitCode.ShouldBe(0);
        var before = _comarketing.Run("businesses", "--json").StdOut + _comarketing.Run("campaign", "list", "--json").StdOut;
        var path = Path.Combine(ComarketingProcess.ExecutableFolder, "corpus", folder, file);

        // When
        var run = _comarketing.Run([.. command.Split(' '), path]);

        // Then
        run.ExitCode.ShouldBe(1, run.StdErr);
        run.StdErr.ShouldContain(expected);
        run.StdErr.ShouldNotContain("   at ");
        run.StdErr.ShouldNotContain("Exception");
        (_comarketing.Run("businesses", "--json").StdOut + _comarketing.Run("campaign", "list", "--json").StdOut).ShouldBe(before);
    }

    [Fact]
    public void I_am_not_left_waiting_when_I_import_a_named_pipe()
    {
        // Given a FIFO nobody writes to
        var fifo = _comarketing.PathOf("members.csv");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        // When
        var run = _comarketing.Run("import", fifo);

        // Then
        run.ExitCode.ShouldBe(1);
        run.StdErr.ShouldContain("is empty or not a regular file");
    }
}
