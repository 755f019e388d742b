using System.Text.Json;
using CoMarketing.EndToEnd.Tests.Infrastructure;

namespace CoMarketing.EndToEnd.Tests;

public sealed class StoreCommandsTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task I_can_list_businesses_of_a_fresh_database_as_an_empty_json_array()
    {
        // When
        var result = await _cli.RunAsync("businesses", "--json");

        // Then
        result.ExitCode.ShouldBe(0, result.Stderr);
        JsonDocument.Parse(result.Stdout).RootElement.GetArrayLength().ShouldBe(0);
        result.Stdout.Trim().ShouldBe("[]");
        File.Exists(_cli.DefaultDatabase).ShouldBeTrue();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(_cli.DefaultDatabase).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public async Task I_can_check_a_fresh_database_and_get_a_clean_bill()
    {
        var result = await _cli.RunAsync("check", "--db", _cli.File("fresh.db"));
        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stderr.ShouldBeEmpty();
        result.Stdout.ShouldContain("No problems found");
    }

    [Fact]
    public async Task I_can_see_the_welcome_screen_once_by_running_the_planner_with_once()
    {
        var result = await _cli.RunAsync("--db", _cli.File("overview.db"), "--once", "--lang", "en");
        result.ExitCode.ShouldBe(0, result.Stderr);
        var lines = result.Stdout.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        lines[0].ShouldContain("Yrittäjäyhdistys");
        result.Stdout.ShouldContain("1. Load the demo association");
        result.Stdout.ShouldContain("Create the association");
        result.Stdout.ShouldNotContain("\u001b[");
        lines.Length.ShouldBe(24 + 1); // 24 rows, each ended by a newline
    }

    [Fact]
    public async Task I_can_back_up_and_restore_the_database()
    {
        // Given
        var database = _cli.File("live.db");
        var backup = _cli.File("saved.db");

        // When
        var backedUp = await _cli.RunAsync("backup", "-o", backup, "--db", database);
        var restored = await _cli.RunAsync("--db", database, "restore", backup);
        var check = await _cli.RunAsync("check", "--db", database);

        // Then
        backedUp.ExitCode.ShouldBe(0, backedUp.Stderr);
        File.Exists(backup).ShouldBeTrue();
        restored.ExitCode.ShouldBe(0, restored.Stderr);
        restored.Stdout.ShouldContain("Restored");
        check.ExitCode.ShouldBe(0, check.Stderr);
    }

    [Fact]
    public async Task A_backup_without_a_name_is_stamped_and_put_beside_the_database()
    {
        var result = await _cli.RunAsync("backup");
        result.ExitCode.ShouldBe(0, result.Stderr);
        Directory.GetFiles(Path.GetDirectoryName(_cli.DefaultDatabase)!, "comarketing-*.db")
            .ShouldHaveSingleItem().ShouldMatch(@"comarketing-\d{8}-\d{6}\.db$");
    }

    [Fact]
    public async Task Restoring_a_file_that_is_not_a_backup_fails_with_one_clear_line()
    {
        // Given
        var bogus = _cli.File("notes.txt");
        await File.WriteAllTextAsync(bogus, "Kokouksen muistiinpanot — not a database");

        // When
        var result = await _cli.RunAsync("restore", bogus, "--db", _cli.File("live.db"));

        // Then
        result.ExitCode.ShouldBe(1);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.Trim().ShouldBe($"'{bogus}' is not a CoMarketing database (not an SQLite file).");
    }

    [Fact]
    public async Task Opening_a_file_that_is_not_a_database_fails_without_a_stack_trace()
    {
        var bogus = _cli.File("bogus.db");
        await File.WriteAllTextAsync(bogus, "this is not SQLite, just text that happens to be long enough");
        var result = await _cli.RunAsync("businesses", "--db", bogus);
        result.ExitCode.ShouldBe(1);
        result.Stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("not a CoMarketing database");
    }
}
