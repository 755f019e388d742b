using System.Diagnostics;
using System.Text.Json;

namespace CoMarketing.EndToEnd.Tests.Matching;

public sealed class MatchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("comarketing-match-").FullName;

    private string Db => Path.Combine(_folder, "demo.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void I_can_find_partners_for_a_demo_cafe_as_json()
    {
        // Given
        Run("demo").Code.ShouldBe(0);

        // When
        var (code, stdout, _) = Run("match", "Kahvila Aalto", "--top", "50", "--json", "--lang", "en");

        // Then
        code.ShouldBe(0);
        var matches = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        matches.Count.ShouldBeGreaterThan(10);
        matches.Select(m => m.GetProperty("name").GetString()).ShouldNotContain("Kahvila Kuura");
        matches.Select(m => m.GetProperty("score").GetDouble()).ShouldBeInOrder(SortDirection.Descending);
        matches.ShouldAllBe(m => m.GetProperty("reasons").GetArrayLength() > 0);
        matches.ShouldAllBe(m => m.GetProperty("score").GetDouble() >= 0 && m.GetProperty("score").GetDouble() <= 100);
        var components = matches[0].GetProperty("components");
        foreach (var name in new[] { "age", "interests", "area", "season", "customerType", "newReach" })
        {
            components.GetProperty(name).GetDouble().ShouldBeInRange(0, 1);
        }

        matches[0].GetProperty("reasons")[0].GetString()!.ShouldStartWith("both reach");
    }

    [Fact]
    public void The_two_demo_cafes_never_match_each_other()
    {
        // Given
        Run("demo").Code.ShouldBe(0);

        // When
        var fromKuura = Run("match", "Kahvila Kuura", "--top", "50", "--json");
        var explained = Run("match", "Kahvila Aalto", "--explain", "Kahvila Kuura", "--json", "--lang", "en");

        // Then
        JsonDocument.Parse(fromKuura.Stdout).RootElement.EnumerateArray().Select(m => m.GetProperty("name").GetString())
            .ShouldNotContain("Kahvila Aalto");
        var explanation = JsonDocument.Parse(explained.Stdout).RootElement;
        explanation.GetProperty("match").GetBoolean().ShouldBeFalse();
        explanation.GetProperty("failures")[0].GetString()!.ShouldStartWith("competitors:");
    }

    [Fact]
    public void A_name_that_fits_several_businesses_lists_them_and_fails()
    {
        // Given
        Run("demo").Code.ShouldBe(0);

        // When
        var (code, stdout, stderr) = Run("match", "Kahvila");

        // Then
        code.ShouldBe(1);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("1  Kahvila Aalto");
        stderr.ShouldContain("2  Kahvila Kuura");
        Run("match", "Ei tällaista").Code.ShouldBe(1);
    }

    [Fact]
    public void I_can_get_a_group_of_compatible_partners_as_json()
    {
        // Given
        Run("demo").Code.ShouldBe(0);

        // When
        var (code, stdout, _) = Run("group", "1", "--size", "3", "--json");

        // Then
        code.ShouldBe(0);
        var group = JsonDocument.Parse(stdout).RootElement;
        group.GetProperty("members").GetArrayLength().ShouldBe(3);
        group.GetProperty("combinedReach").GetDouble().ShouldBeGreaterThan(group.GetProperty("ownReach").GetDouble());
        group.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetInt64()).ShouldNotContain(2L);
    }

    private (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "comarketing.dll"));
        foreach (var arg in args.Append("--db").Append(Db))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}
