namespace CoMarketing.Cli.Tests.Fuzz;

/// <summary>
/// Every malformed file of the corpus, through the real command line: no unhandled exception, a message on stderr,
/// nothing written when the command fails, finished within a minute.
/// </summary>
public sealed class FuzzCorpusTests(FuzzCorpusTests.Database database) : IClassFixture<FuzzCorpusTests.Database>
{
    public static TheoryData<string, string> Corpus()
    {
        var data = new TheoryData<string, string>();
        foreach (var (folder, file) in FuzzCorpus.Files())
        {
            data.Add(folder, file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task A_malformed_file_Should_Fail_Cleanly_And_Change_Nothing(string folder, string file)
    {
        // When
        var outcome = await database.Harness.FeedFile(FuzzCorpus.TargetOf(folder), Path.Combine(FuzzCorpus.Folder, folder, file), file);

        // Then
        outcome.Hung.ShouldBeFalse(outcome.ToString());
        outcome.Crashed.ShouldBeFalse(outcome.ToString());
        outcome.ChangedOnFailure.ShouldBeFalse(outcome.ToString());
        outcome.Silent.ShouldBeFalse(outcome.ToString());
    }

    [Theory]
    [InlineData("json-split", "trailing-comma.json", "at line 4: remove the comma before ]")]
    [InlineData("json-split", "too-many-participants.json", "participants: lists 3000 participants; at most 500")]
    [InlineData("json-campaign", "end-9999.json", "end: 9999-12-31 is outside the years 2000–2100")]
    [InlineData("json-campaign", "reached-max.json", "results[0].reached: must be at most 1 000 000 000")]
    [InlineData("json-campaign", "name-10mb.json", "name: is 1048576 characters long; at most 1000")]
    [InlineData("json-campaign", "fullwidth-net.json", "items[0].net: '１２' is not an amount")]
    [InlineData("csv", "ages-1e308.csv", "line 2")]
    [InlineData("csv", "ytunnus-zero.csv", "all zeros")]
    [InlineData("csv", "zero-width-duplicate.csv", "'Fuzz Twin' is already on line 2")]
    [InlineData("csv", "nfd-duplicate.csv", "'Fuzz Mänty' is already on line 2")]
    [InlineData("xlsx", "xfd1048576.xlsx", "Cell XFD1048576 is beyond what an import reads")]
    [InlineData("xlsx", "empty-zip.xlsx", "not a readable XLSX workbook")]
    [InlineData("xlsx", "truncated-workbook.xlsx", "not a readable XLSX workbook")]
    [InlineData("xlsx", "relationship-without-type.xlsx", "not a readable XLSX workbook")]
    [InlineData("budget", "month-9999.csv", "line 2: month '9999-12' is outside the years 2000–2100")]
    [InlineData("budget", "windows-1252.csv", "is not UTF-8 text")]
    [InlineData("backup", "empty.db", "is empty or not a regular file")]
    [InlineData("backup", "header-only.db", "it is damaged")]
    [InlineData("backup", "truncated.db", "it is damaged")]
    [InlineData("backup", "fuzz-2027-2693-no-id.db", "it is damaged")]
    [InlineData("backup", "fuzz-2027-9407-not-implemented.db", "it is damaged")]
    [InlineData("backup", "zeros.db", "is not a CoMarketing database")]
    [InlineData("backup", "sqlite.db", "is an SQLite database but not a CoMarketing one")]
    public async Task A_malformed_file_Should_Name_What_Is_Wrong(string folder, string file, string expected)
    {
        var outcome = await database.Harness.FeedFile(FuzzCorpus.TargetOf(folder), Path.Combine(FuzzCorpus.Folder, folder, file), file);

        outcome.ExitCode.ShouldBe(1, outcome.ToString());
        outcome.Error.ShouldContain(expected, Case.Sensitive, outcome.ToString());
        outcome.DataChanged.ShouldBeFalse();
    }

    [Fact]
    public async Task A_windows_1252_member_file_Should_Import_Mänty_With_A_Warning()
    {
        // Given a database of its own (the corpus run may import the same file first)
        using var harness = new FuzzHarness();

        // When
        var outcome = await harness.FeedFile(FuzzTarget.MemberCsv, Path.Combine(FuzzCorpus.Folder, "csv", "windows-1252.csv"), "windows-1252.csv");

        // Then
        outcome.ExitCode.ShouldBe(0, outcome.ToString());
        outcome.Error.ShouldContain("warning: line 2: the file is not UTF-8; it was read as Windows-1252");
        var store = Storage.Store.Open(harness.Database, TimeProvider.System);
        store.Businesses.GetAll(includeArchived: true).ShouldContain(b => b.Name == "Kahvila Mänty");
    }

    /// <summary>One demo database shared by the corpus runs (they must not change it when they fail).</summary>
    public sealed class Database : IDisposable
    {
        public FuzzHarness Harness { get; } = new();

        public void Dispose() => Harness.Dispose();
    }
}
