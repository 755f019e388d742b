using CoMarketing.Storage;

namespace CoMarketing.Cli.Tests.Commands;

/// <summary>
/// <c>db copy</c> and <c>--db postgres://…</c> as a user types them. The server is the one named by
/// <c>COMARKETING_TEST_PG</c> (started by <c>.ci/run</c>); without it these tests fail saying so.
/// </summary>
public sealed class DbCopyCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"comarketing-dbcopy-{Guid.NewGuid():N}");

    public DbCopyCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void I_can_move_the_demo_association_to_postgres_and_back_with_every_figure_unchanged()
    {
        // Given
        var file = Path.Combine(_folder, "yhdistys.db");
        CliRun.Of("demo", "--db", file).ExitCode.ShouldBe(ExitCodes.Success);
        var server = Server($"copy-{Guid.NewGuid():N}");

        // When
        var there = CliRun.Of("db", "copy", "--from", file, "--to", server);
        var back = CliRun.Of("db", "copy", "--from", server, "--to", Path.Combine(_folder, "takaisin.db"));

        // Then
        (there.ExitCode, there.Error).ShouldBe((ExitCodes.Success, string.Empty));
        there.Out.ShouldContain("members                 45          45");
        there.Out.ShouldContain("Both sides pass check and every figure is the same.");
        (back.ExitCode, back.Error).ShouldBe((ExitCodes.Success, string.Empty));
        CliRun.Of("check", "--db", server).ExitCode.ShouldBe(ExitCodes.Success);
        CliRun.Of("businesses", "--db", server).Out.ShouldContain("Arktiset Yrtit");
        Store.Open(Path.Combine(_folder, "takaisin.db"), TimeProvider.System).Businesses.Count().ShouldBe(45);
    }

    [Fact]
    public void Copying_Onto_An_Association_That_Has_Members_Should_Exit_1_And_Change_Nothing()
    {
        var file = Path.Combine(_folder, "yhdistys.db");
        CliRun.Of("demo", "--db", file).ExitCode.ShouldBe(ExitCodes.Success);
        var server = Server($"busy-{Guid.NewGuid():N}");
        CliRun.Of("demo", "--db", server).ExitCode.ShouldBe(ExitCodes.Success);

        var run = CliRun.Of("db", "copy", "--from", file, "--to", server);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("already holds 45 businesses and 3 campaigns; copy into a new association instead");
    }

    [Theory]
    [InlineData("postgres://kioski:salainen@127.0.0.1:1/yrittajat")]
    [InlineData("Host=127.0.0.1;Port=1;Database=yrittajat;Password=salainen")]
    public void A_Password_In_The_Database_Option_Should_Be_Refused_Before_Connecting(string db)
    {
        var run = CliRun.Of("businesses", "--db", db);
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("A password on the command line or in COMARKETING_DB is refused");
    }

    [Fact]
    public void A_Server_That_Cannot_Be_Reached_Should_Be_Named_In_One_Line()
    {
        var run = CliRun.Of("businesses", "--db", "postgres://kioski@127.0.0.1:1/yrittajat");
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("Cannot use the PostgreSQL database postgres://kioski@127.0.0.1:1/yrittajat (association 'default'):");
    }

    [Fact]
    public void A_Short_Load_Test_On_The_Local_Server_Should_Lose_No_Update_And_Show_No_Error()
    {
        var run = CliRun.Of("db", "loadtest", "--db", Server(null), "--associations", "2", "--businesses", "40", "--kiosks", "4", "--seconds", "2");

        (run.ExitCode, run.Error).ShouldBe((ExitCodes.Success, string.Empty));
        run.Out.ShouldContain("Ready: 2 associations × 20 members (40 in all)");
        run.Out.ShouldMatch(@"saved changes: [1-9]\d*, p50 ");
        run.Out.ShouldMatch(@"top-10 matches: [1-9]\d*, p50 ");
        run.Out.ShouldContain("lost updates: 0");
        run.Out.ShouldContain("errors reaching a user: 0");
    }

    [Fact]
    public void A_Paced_Load_Test_Should_Say_Its_Pace_And_Still_Lose_Nothing()
    {
        var run = CliRun.Of("db", "loadtest", "--db", Server(null), "--associations", "2", "--businesses", "40", "--kiosks", "4", "--seconds", "2", "--pause", "100");

        (run.ExitCode, run.Error).ShouldBe((ExitCodes.Success, string.Empty));
        run.Out.ShouldContain("4 kiosks for ");
        run.Out.ShouldContain(", each pausing 100 ms (± half) between actions on ");
        run.Out.ShouldContain("lost updates: 0");
    }

    [Fact]
    public void A_Load_Test_Should_Refuse_A_Negative_Pause()
    {
        var run = CliRun.Of("db", "loadtest", "--db", Server(null), "--seconds", "1", "--pause", "-5");

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.ErrorLines.ShouldHaveSingleItem().ShouldEndWith("1–600 seconds and a pause of 0–60000 ms.");
    }

    [Theory]
    [InlineData("postgres://kioski@db.example/yrittajat", "db loadtest talks only to a server on this machine (127.0.0.1, localhost, ::1 or a socket folder), not 'db.example'.")]
    [InlineData("yhdistys.db", "db loadtest runs against a PostgreSQL server: give --db postgres://user@127.0.0.1:PORT/dbname.")]
    public void A_Load_Test_Should_Refuse_Anything_But_A_Local_Server(string db, string message)
    {
        var run = CliRun.Of("db", "loadtest", "--db", db, "--seconds", "1");
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.ErrorLines.ShouldHaveSingleItem().ShouldBe(message);
    }

    /// <summary>The test server's address for an association of its own, in the form the variable uses.</summary>
    private static string Server(string? association)
    {
        var server = Environment.GetEnvironmentVariable("COMARKETING_TEST_PG");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException("COMARKETING_TEST_PG is not set, so the PostgreSQL tests cannot run (.ci/run starts a server and sets it); leave them out with --filter \"FullyQualifiedName!~Postgres&FullyQualifiedName!~DbCopy\".");
        }

        if (association is null)
        {
            return server;
        }

        return server.Contains("://", StringComparison.Ordinal)
            ? $"{server}{(server.Contains('?', StringComparison.Ordinal) ? '&' : '?')}association={association}"
            : $"{server};Association={association}";
    }
}
