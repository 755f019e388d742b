using System.Text.Json;
using CoMarketing.EndToEnd.Tests.Infrastructure;

namespace CoMarketing.EndToEnd.Tests;

public sealed class StoreCommandsTests : IDisposable
{
    private readonly ComarketingProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void I_can_list_businesses_of_a_fresh_database_as_an_empty_json_array()
    {
        // When
        var result = _cli.Run("businesses", "--json");

        // Then
        result.ExitCode.ShouldBe(0, result.StdErr);
        JsonDocument.Parse(result.StdOut).RootElement.GetArrayLength().ShouldBe(0);
        result.StdOut.Trim().ShouldBe("[]");
        File.Exists(_cli.DefaultDatabase).ShouldBeTrue();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(_cli.DefaultDatabase).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void I_can_check_a_fresh_database_and_get_a_clean_bill()
    {
        var result = _cli.Run("check", "--db", _cli.PathOf("fresh.db"));
        result.ExitCode.ShouldBe(0, result.StdErr);
        result.StdErr.ShouldBeEmpty();
        result.StdOut.ShouldContain("No problems found");
    }

    [Fact]
    public void I_can_see_the_welcome_screen_once_by_running_the_planner_with_once()
    {
        var result = _cli.Run("--db", _cli.PathOf("overview.db"), "--once", "--lang", "en");
        result.ExitCode.ShouldBe(0, result.StdErr);
        var lines = result.StdOut.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        lines[0].ShouldContain("Yrittäjäyhdistys");
        result.StdOut.ShouldContain("1. Load the demo association");
        result.StdOut.ShouldContain("Create the association");
        result.StdOut.ShouldNotContain("\u001b[");
        lines.Length.ShouldBe(24 + 1); // 24 rows, each ended by a newline
    }

    [Fact]
    public void I_can_back_up_and_restore_the_database()
    {
        // Given
        var database = _cli.PathOf("live.db");
        var backup = _cli.PathOf("saved.db");

        // When
        var backedUp = _cli.Run("backup", "-o", backup, "--db", database);
        var restored = _cli.Run("--db", database, "restore", backup);
        var check = _cli.Run("check", "--db", database);

        // Then
        backedUp.ExitCode.ShouldBe(0, backedUp.StdErr);
        File.Exists(backup).ShouldBeTrue();
        restored.ExitCode.ShouldBe(0, restored.StdErr);
        restored.StdOut.ShouldContain("Restored");
        check.ExitCode.ShouldBe(0, check.StdErr);
    }

    [Fact]
    public void A_backup_without_a_name_is_stamped_and_put_beside_the_database()
    {
        var result = _cli.Run("backup");
        result.ExitCode.ShouldBe(0, result.StdErr);
        Directory.GetFiles(Path.GetDirectoryName(_cli.DefaultDatabase)!, "comarketing-*.db")
            .ShouldHaveSingleItem().ShouldMatch(@"comarketing-\d{8}-\d{6}\.db$");
    }

    [Fact]
    public void Restoring_a_file_that_is_not_a_backup_fails_with_one_clear_line()
    {
        // Given
        var bogus = _cli.PathOf("notes.txt");
        File.WriteAllText(bogus, "Kokouksen muistiinpanot — not a database");

        // When
        var result = _cli.Run("restore", bogus, "--db", _cli.PathOf("live.db"), "--lang", "en");

        // Then
        result.ExitCode.ShouldBe(1);
        result.StdOut.ShouldBeEmpty();
        result.StdErr.Trim().ShouldBe($"'{bogus}' is not a CoMarketing database (neither a LiteDB nor an earlier SQLite file); nothing was restored.");
    }

    [Fact]
    public void Opening_a_file_that_is_not_a_database_fails_without_a_stack_trace()
    {
        var bogus = _cli.PathOf("bogus.db");
        File.WriteAllText(bogus, "this is not SQLite, just text that happens to be long enough");
        var result = _cli.Run("businesses", "--db", bogus);
        result.ExitCode.ShouldBe(1);
        result.StdErr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("not a CoMarketing database");
    }
}
