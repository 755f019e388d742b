using System.Text.Json;
using CoMarketing.EndToEnd.Tests.Infrastructure;

namespace CoMarketing.EndToEnd.Tests;

public sealed class SplitAndCalendarStories : IDisposable
{
    private readonly ComarketingProcess _comarketing = new();

    public void Dispose() => _comarketing.Dispose();

    [Fact]
    public void I_can_split_costs_from_a_json_file()
    {
        // Given a newspaper ad shared equally by three members, paid by the association
        var input = _comarketing.WriteFile("split.json", """
            {
              "population": 60000,
              "participants": [
                { "id": "cafe", "name": "Kahvila Aalto", "reach": 4000 },
                { "id": "shop", "name": "Kenkäkauppa", "reach": 5000 },
                { "id": "gym", "name": "Kuntosali", "reach": 3000 }
              ],
              "items": [ { "description": "Newspaper ad", "net": "95.00", "rule": "equal" } ]
            }
            """);

        // When
        var result = _comarketing.Run("split", "--input", input, "--json");

        // Then
        result.StdErr.ShouldBeEmpty();
        result.ExitCode.ShouldBe(0);
        var root = JsonDocument.Parse(result.StdOut).RootElement;
        root.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("net").GetString())
            .ShouldBe(["31.67", "31.67", "31.66"]);
        root.GetProperty("participants")[0].GetProperty("reference").GetString().ShouldBe("10016");
        root.GetProperty("reach").GetProperty("combined").GetInt64().ShouldBe(11_233);
        root.GetProperty("transfers").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public void I_can_split_the_shipped_example_and_read_the_tables()
    {
        // Given the example that ships under data/examples
        var example = Path.Combine(ComarketingProcess.ExecutableFolder, "data", "examples", "split-example.json");

        // When
        var result = _comarketing.Run("split", "--input", example);

        // Then
        result.ExitCode.ShouldBe(0);
        result.StdErr.ShouldBeEmpty();
        result.StdOut.ShouldContain("Kahvila Aalto");
        result.StdOut.ShouldContain("Transfers to settle up");
        result.StdOut.ShouldContain("RF0810016");
    }

    [Fact]
    public void I_am_told_which_field_is_wrong_and_nothing_is_printed()
    {
        // Given percentages that total 90
        var input = _comarketing.WriteFile("bad.json", """
            { "participants": [ { "id": "a" }, { "id": "b" } ],
              "items": [ { "net": "10.00" }, { "net": "10.00", "rule": "percent", "percents": { "a": 40, "b": 50 } } ] }
            """);

        // When
        var result = _comarketing.Run("split", "--input", input, "--json");

        // Then
        result.ExitCode.ShouldBe(1);
        result.StdOut.ShouldBeEmpty();
        result.ErrorLines.ShouldBe(["items[1].percents: percentages total 90, must total 100"]);
    }

    [Fact]
    public void I_can_list_the_holidays_of_a_year_without_a_database()
    {
        // When
        var result = _comarketing.Run("calendar", "2027", "--json");

        // Then
        result.ExitCode.ShouldBe(0);
        var entries = JsonDocument.Parse(result.StdOut).RootElement.EnumerateArray().ToList();
        entries.ShouldContain(e => e.GetProperty("name").GetString() == "Easter Sunday" && e.GetProperty("date").GetString() == "2027-03-28");
        entries.ShouldContain(e => e.GetProperty("name").GetString() == "All Saints' Day" && e.GetProperty("date").GetString() == "2027-11-06");
        Directory.EnumerateFiles(_comarketing.Home, "*.db", SearchOption.AllDirectories).ShouldBeEmpty();
    }
}
