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
        var (code, stdout, _) = Run("match", "Kahvila Aalto", "--top", "50", "--all", "--json", "--lang", "en");

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
        matches.Select(m => m.GetProperty("band").GetString()).Distinct().ShouldBe(["strong", "possible", "weak"]);
    }

    [Fact]
    public void I_see_only_strong_and_possible_partners_unless_I_ask_for_all()
    {
        // Given
        Run("demo").Code.ShouldBe(0);

        // When
        var shown = Run("match", "Eräpuoti Kairankulma", "--top", "50", "--lang", "en");
        var json = JsonDocument.Parse(Run("match", "Eräpuoti Kairankulma", "--top", "50", "--json").Stdout).RootElement.EnumerateArray().ToList();
        var all = JsonDocument.Parse(Run("match", "Eräpuoti Kairankulma", "--top", "50", "--all", "--json").Stdout).RootElement.EnumerateArray().ToList();

        // Then: the fishing guide first, a handful of good partners, the weak ones only on request
        shown.Code.ShouldBe(0);
        shown.Stdout.ShouldContain("  1. Lohiopas Väänänen (id 12)  score ");
        shown.Stdout.ShouldContain(", strong");
        shown.Stdout.ShouldContain($"{all.Count - json.Count} weak partner(s) not shown; --all lists them.");
        json[0].GetProperty("name").GetString().ShouldBe("Lohiopas Väänänen");
        json.ShouldAllBe(m => m.GetProperty("band").GetString() != "weak");
        json.Count.ShouldBeLessThan(all.Count / 2);
        all.Skip(json.Count).ShouldAllBe(m => m.GetProperty("band").GetString() == "weak");
    }

    [Fact]
    public void A_pair_that_brought_customers_cheaply_in_a_finished_campaign_says_so()
    {
        // Given
        Run("demo").Code.ShouldBe(0);

        // When
        var (code, stdout, _) = Run("match", "Kahvila Aalto", "--explain", "Kirjakauppa Lukunurkka", "--json", "--lang", "fi");

        // Then
        code.ShouldBe(0);
        var explanation = JsonDocument.Parse(stdout).RootElement;
        explanation.GetProperty("outcomeBoost").GetDouble().ShouldBeInRange(0.1, 10);
        explanation.GetProperty("reasons").EnumerateArray().Select(r => r.GetString())
            .ShouldContain("yhdessä toitte uusia asiakkaita kampanjassa Kevään kaupunkipäivät hintaan 8,45 €/asiakas");
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
        var launcher = CoMarketing.EndToEnd.Tests.Infrastructure.ComarketingProcess.Launcher();
        var start = new ProcessStartInfo(launcher[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in launcher.Skip(1).Concat(args).Append("--db").Append(Db))
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
