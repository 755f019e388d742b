using System.Text;
using System.Text.Json;
using CoMarketing.EndToEnd.Tests.Infrastructure;

namespace CoMarketing.EndToEnd.Tests;

public sealed class DataCommandsTests : IDisposable
{
    private const string Header = "name;industry;municipality;customer_type;ages;channels";

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task I_can_create_the_demo_association_and_list_its_members()
    {
        // Given
        var db = _cli.File("demo.db");

        // When
        var demo = await _cli.RunAsync("demo", "--db", db);
        var list = await _cli.RunAsync("businesses", "--json", "--db", db);

        // Then
        demo.ExitCode.ShouldBe(0, demo.Stderr);
        demo.Stdout.ShouldContain("Napapiirin Yrittäjät ry");
        list.ExitCode.ShouldBe(0, list.Stderr);
        var members = JsonDocument.Parse(list.Stdout).RootElement;
        members.GetArrayLength().ShouldBeGreaterThanOrEqualTo(40);
        members.EnumerateArray().Count(m => m.GetProperty("industry").GetString() == "56102").ShouldBe(2);
        members.EnumerateArray().Select(m => m.GetProperty("name").GetString()).ShouldContain("Porotila Äijälä");
        var check = await _cli.RunAsync("check", "--db", db);
        check.ExitCode.ShouldBe(0, check.Stdout + check.Stderr);
    }

    [Fact]
    public async Task I_cannot_overwrite_members_with_the_demo_unless_I_force_it()
    {
        // Given
        var db = _cli.File("members.db");
        var csv = Write("one.csv", Header + "\nOma Yritys Oy;56101;Rovaniemi;consumers;25-34:1;instagram:100\n");
        (await _cli.RunAsync("import", csv, "--db", db)).ExitCode.ShouldBe(0);

        // When
        var refused = await _cli.RunAsync("demo", "--db", db);
        var forced = await _cli.RunAsync("demo", "--force", "--db", db);

        // Then
        refused.ExitCode.ShouldBe(1);
        refused.Stderr.ShouldContain("already has 1 members");
        refused.Stdout.ShouldBeEmpty();
        forced.ExitCode.ShouldBe(0, forced.Stderr);
        var names = await Names(db);
        names.ShouldNotContain("Oma Yritys Oy");
        names.Count.ShouldBeGreaterThanOrEqualTo(40);
    }

    [Fact]
    public async Task I_can_import_members_from_the_example_csv()
    {
        // Given
        var db = _cli.File("import.db");
        var example = Path.Combine(AppContext.BaseDirectory, "data", "examples", "members-example.csv");

        // When
        var dryRun = await _cli.RunAsync("import", example, "--dry-run", "--db", db);
        var afterDryRun = await Names(db);
        var result = await _cli.RunAsync("import", example, "--db", db);

        // Then
        dryRun.ExitCode.ShouldBe(0, dryRun.Stderr);
        dryRun.Stdout.ShouldContain("would import 3 businesses");
        afterDryRun.ShouldBeEmpty();
        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.Trim().ShouldBe("Imported 3 businesses");
        (await Names(db)).ShouldBe(["Kahvila Mänty", "Tilitoimisto Öljymäki", "Tunturiopas Ylläs"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_csv_import_with_one_bad_row_in_the_middle_leaves_the_database_untouched_and_names_the_line()
    {
        // Given
        var db = _cli.File("untouched.db");
        (await _cli.RunAsync("demo", "--db", db)).ExitCode.ShouldBe(0);
        var before = (await _cli.RunAsync("businesses", "--json", "--db", db)).Stdout;
        var csv = Write("bad.csv", Header + "\n"
            + "Uusi Kahvila Ä;56102;Rovaniemi;consumers;25-34:1;instagram:100\n"
            + "Rikkinäinen Rivi;56x01;Rovaniemi;consumers;25-34:1;instagram:100\n"
            + "Kolmas Yritys;47711;Kemi;both;65+:1;newspaper:20000\n");

        // When
        var result = await _cli.RunAsync("import", csv, "--db", db);
        var after = (await _cli.RunAsync("businesses", "--json", "--db", db)).Stdout;

        // Then
        result.ExitCode.ShouldBe(1);
        result.Stderr.ShouldContain("bad.csv: line 3: industry: Industry code must be a TOL 2008 class of 4 or 5 digits, like 56101; got '56x01'.");
        result.Stderr.ShouldContain("Nothing imported");
        result.Stdout.ShouldBeEmpty();
        after.ShouldBe(before);
    }

    private string Write(string name, string text)
    {
        var path = _cli.File(name);
        File.WriteAllText(path, text, new UTF8Encoding(true));
        return path;
    }

    private async Task<List<string>> Names(string db)
    {
        var result = await _cli.RunAsync("businesses", "--json", "--db", db);
        result.ExitCode.ShouldBe(0, result.Stderr);
        return [.. JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().Select(m => m.GetProperty("name").GetString()!)];
    }
}
