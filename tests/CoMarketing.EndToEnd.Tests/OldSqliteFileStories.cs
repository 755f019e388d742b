using CoMarketing.EndToEnd.Tests.Infrastructure;

namespace CoMarketing.EndToEnd.Tests;

/// <summary>
/// Files of the earlier SQLite format, opened by the executable (the Native AOT one too, with <c>COMARKETING_INSTALLED</c>):
/// <c>Fixtures/sqlite/sqlite-v1.db</c> and <c>sqlite-v4.db</c> were written by the SQLite store at schema versions 1
/// and 4 (a café with every field filled, an archived shop, a campaign with every kind of cost item, a "never pair"
/// mark; version 4 also a member's PIN hash, a draft and a two-month budget). <c>businesses.json</c> and
/// <c>campaign-1.txt</c> are what the planner printed after converting them before the conversion left Dapper.
/// </summary>
public sealed class OldSqliteFileStories : IDisposable
{
    private readonly ComarketingProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("sqlite-v1.db", 1, "2 businesses, 1 campaigns, 1 pair marks, 0 PIN hashes, 0 drafts, 0 budget months and 5 audit entries")]
    [InlineData("sqlite-v4.db", 4, "2 businesses, 1 campaigns, 1 pair marks, 1 PIN hashes, 1 drafts, 2 budget months and 7 audit entries")]
    public void I_can_open_an_old_sqlite_file_and_find_everything_in_it_converted(string fixture, int version, string counts)
    {
        // Given
        var database = _cli.PathOf("association.db");
        File.Copy(Fixture(fixture), database);

        // When
        var businesses = _cli.Run("businesses", "--json", "--db", database);
        var campaign = _cli.Run("campaign", "show", "1", "--lang", "en", "--db", database);
        var check = _cli.Run("check", "--db", database);

        // Then
        businesses.ExitCode.ShouldBe(0, businesses.StdErr);
        businesses.StdErr.ShouldBeEmpty();
        businesses.StdOut.ShouldBe(File.ReadAllText(Fixture("businesses.json")));
        campaign.ExitCode.ShouldBe(0, campaign.StdErr);
        campaign.StdOut.ShouldBe(File.ReadAllText(Fixture("campaign-1.txt")));
        check.ExitCode.ShouldBe(0, check.StdErr);
        check.StdOut.ShouldContain($"from the earlier SQLite format (schema version {version}): {counts} carried over and counted");
        check.StdOut.ShouldContain("No problems found");
        File.ReadAllBytes(database + ".sqlite.bak").ShouldBe(File.ReadAllBytes(Fixture(fixture)));
    }

    [Fact]
    public void I_find_the_budget_of_an_old_sqlite_file_carried_over()
    {
        // Given
        var database = _cli.PathOf("association.db");
        File.Copy(Fixture("sqlite-v4.db"), database);

        // When
        var budget = _cli.Run("campaign", "budget", "--lang", "en", "--db", database);

        // Then
        budget.ExitCode.ShouldBe(0, budget.StdErr);
        budget.StdOut.ShouldContain("2027-01   500.00");
        budget.StdOut.ShouldContain("2027-02     0.12");
    }

    private static string Fixture(string name) => Path.Combine(ComarketingProcess.ExecutableFolder, "Fixtures", "sqlite", name);
}
