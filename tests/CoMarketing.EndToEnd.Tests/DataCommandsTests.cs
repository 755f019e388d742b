using System.Text;
using System.Text.Json;
using CoMarketing.EndToEnd.Tests.Infrastructure;

namespace CoMarketing.EndToEnd.Tests;

public sealed class DataCommandsTests : IDisposable
{
    private const string Header = "name;industry;municipality;customer_type;ages;channels";

    private readonly ComarketingProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void I_can_create_the_demo_association_and_list_its_members()
    {
        // Given
        var db = _cli.PathOf("demo.db");

        // When
        var demo = _cli.Run("demo", "--db", db);
        var list = _cli.Run("businesses", "--json", "--db", db);

        // Then
        demo.ExitCode.ShouldBe(0, demo.StdErr);
        demo.StdOut.ShouldContain("Napapiirin Yrittäjät ry");
        list.ExitCode.ShouldBe(0, list.StdErr);
        var members = JsonDocument.Parse(list.StdOut).RootElement;
        members.GetArrayLength().ShouldBeGreaterThanOrEqualTo(40);
        members.EnumerateArray().Count(m => m.GetProperty("industry").GetString() == "56102").ShouldBe(2);
        members.EnumerateArray().Select(m => m.GetProperty("name").GetString()).ShouldContain("Porotila Äijälä");
        var check = _cli.Run("check", "--db", db);
        check.ExitCode.ShouldBe(0, check.StdOut + check.StdErr);
    }

    [Fact]
    public void I_cannot_overwrite_members_with_the_demo_unless_I_force_it()
    {
        // Given
        var db = _cli.PathOf("members.db");
        var csv = Write("one.csv", Header + "\nOma Yritys Oy;56101;Rovaniemi;consumers;25-34:1;instagram:100\n");
        (_cli.Run("import", csv, "--db", db)).ExitCode.ShouldBe(0);

        // When
        var refused = _cli.Run("demo", "--db", db);
        var forced = _cli.Run("demo", "--force", "--db", db);

        // Then
        refused.ExitCode.ShouldBe(1);
        refused.StdErr.ShouldContain("already has 1 members");
        refused.StdOut.ShouldBeEmpty();
        forced.ExitCode.ShouldBe(0, forced.StdErr);
        var names = Names(db);
        names.ShouldNotContain("Oma Yritys Oy");
        names.Count.ShouldBeGreaterThanOrEqualTo(40);
    }

    [Fact]
    public void I_can_import_members_from_the_example_csv()
    {
        // Given
        var db = _cli.PathOf("import.db");
        var example = Path.Combine(AppContext.BaseDirectory, "data", "examples", "members-example.csv");

        // When
        var dryRun = _cli.Run("import", example, "--dry-run", "--db", db);
        var afterDryRun = Names(db);
        var result = _cli.Run("import", example, "--db", db);

        // Then
        dryRun.ExitCode.ShouldBe(0, dryRun.StdErr);
        dryRun.StdOut.ShouldContain("would import 3 businesses");
        afterDryRun.ShouldBeEmpty();
        result.ExitCode.ShouldBe(0, result.StdErr);
        result.StdOut.Trim().ShouldBe("Imported 3 businesses");
        (Names(db)).ShouldBe(["Kahvila Mänty", "Tilitoimisto Öljymäki", "Tunturiopas Ylläs"], ignoreOrder: true);
    }

    [Fact]
    public void A_csv_import_with_one_bad_row_in_the_middle_leaves_the_database_untouched_and_names_the_line()
    {
        // Given
        var db = _cli.PathOf("untouched.db");
        (_cli.Run("demo", "--db", db)).ExitCode.ShouldBe(0);
        var before = (_cli.Run("businesses", "--json", "--db", db)).StdOut;
        var csv = Write("bad.csv", Header + "\n"
            + "Uusi Kahvila Ä;56102;Rovaniemi;consumers;25-34:1;instagram:100\n"
            + "Rikkinäinen Rivi;56x01;Rovaniemi;consumers;25-34:1;instagram:100\n"
            + "Kolmas Yritys;47711;Kemi;both;65+:1;newspaper:20000\n");

        // When
        var result = _cli.Run("import", csv, "--db", db);
        var after = (_cli.Run("businesses", "--json", "--db", db)).StdOut;

        // Then
        result.ExitCode.ShouldBe(1);
        result.StdErr.ShouldContain("bad.csv: line 3: industry: Industry code must be a TOL 2008 class of 4 or 5 digits, like 56101; got '56x01'.");
        result.StdErr.ShouldContain("Nothing imported");
        result.StdOut.ShouldBeEmpty();
        after.ShouldBe(before);
    }

    private string Write(string name, string text)
    {
        var path = _cli.PathOf(name);
        File.WriteAllText(path, text, new UTF8Encoding(true));
        return path;
    }

    private List<string> Names(string db)
    {
        var result = _cli.Run("businesses", "--json", "--db", db);
        result.ExitCode.ShouldBe(0, result.StdErr);
        return [.. JsonDocument.Parse(result.StdOut).RootElement.EnumerateArray().Select(m => m.GetProperty("name").GetString()!)];
    }
}
