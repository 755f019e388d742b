using System.Text.Json;
using System.Text.Json.Nodes;
using CoMarketing.EndToEnd.Tests.Infrastructure;

namespace CoMarketing.EndToEnd.Tests;

public sealed class CampaignAuthoringStories : IDisposable
{
    private readonly ComarketingProcess _comarketing = new();

    public CampaignAuthoringStories() => _comarketing.Run("demo").ExitCode.ShouldBe(0);

    public void Dispose() => _comarketing.Dispose();

    private static string Example(string name) => Path.Combine(ComarketingProcess.ExecutableFolder, "data", "examples", name);

    [Fact]
    public void I_can_create_a_campaign_from_a_json_file()
    {
        // When the coordinator imports the example that ships under data/examples
        var result = _comarketing.Run("campaign", "import", Example("campaign-example.json"));

        // Then it is stored as a fourth campaign with its split worked out
        result.ExitCode.ShouldBe(0, result.StdErr);
        result.StdOut.ShouldStartWith("Created campaign 4 'Kesän lähiretket': 4 participants, 5 cost items");
        var show = JsonDocument.Parse(_comarketing.Run("campaign", "show", "Kesän lähiretket", "--json").StdOut).RootElement;
        show.GetProperty("status").GetString().ShouldBe("planned");
        var participants = show.GetProperty("participants").EnumerateArray().ToList();
        participants.Select(p => p.GetProperty("name").GetString()).ShouldBe(["Hotelli Ounasvaara", "Eräpuoti Kairankulma", "Kahvila Aalto", "Hiusstudio Lumo"]);
        participants.Sum(p => decimal.Parse(p.GetProperty("gross").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(4865.25m);
        participants[2].GetProperty("paid").GetString().ShouldBe("912.00");
        _comarketing.Run("campaign", "list", "--json").StdOut.ShouldContain("\"Kesän lähiretket\"");
    }

    [Fact]
    public void I_can_export_a_campaign_and_import_it_again_with_the_same_figures()
    {
        // Given the JSON export of the finished demo campaign
        var file = Path.Combine(_comarketing.Home, "kevat.json");
        _comarketing.Run("export", "1", "--format", "json", "-o", file).ExitCode.ShouldBe(0);

        var before = WithoutId(_comarketing.Run("campaign", "show", "1", "--json").StdOut);

        // When it is imported again over itself (campaign names are unique; it is finished, so --force and a reason)
        var result = _comarketing.Run("campaign", "import", file, "--replace", "1", "--force", "--reason", "round trip");

        // Then it shows the same figures
        result.ExitCode.ShouldBe(0, result.StdErr);
        WithoutId(_comarketing.Run("campaign", "show", "1", "--json").StdOut).ShouldBe(before);
    }

    [Fact]
    public void I_can_set_a_budget_plan_and_see_a_front_loading_warning()
    {
        // Given the example plan, spread over two years, gives no warning
        var spread = _comarketing.Run("campaign", "budget", "--set", Example("budget-example.csv"));
        spread.ExitCode.ShouldBe(0, spread.StdErr);
        spread.StdOut.ShouldNotContain("Warning");
        spread.StdOut.ShouldContain("42");

        // When a plan spends most of its money in the first months
        var file = Path.Combine(_comarketing.Home, "burst.csv");
        File.WriteAllLines(file, ["month;amount", .. Enumerable.Range(0, 24).Select(i => $"{new DateOnly(2027, 1, 1).AddMonths(i):yyyy-MM};{(i < 3 ? "9 000,00" : "200,00")}")]);
        var result = _comarketing.Run("campaign", "budget", "--set", file);

        // Then it is saved and the planner warns about it
        result.ExitCode.ShouldBe(0, result.StdErr);
        result.StdOut.ShouldContain("Warning: The plan is front-loaded");
        var budget = JsonDocument.Parse(_comarketing.Run("campaign", "budget", "--json").StdOut).RootElement;
        budget.GetProperty("frontLoaded").GetBoolean().ShouldBeTrue();
        budget.GetProperty("planned").GetString().ShouldBe("31200.00");
    }

    [Fact]
    public void I_can_move_a_campaign_on_to_running()
    {
        // When
        var result = _comarketing.Run("campaign", "status", "Hyvinvoinnin kevät", "running");

        // Then
        result.ExitCode.ShouldBe(0, result.StdErr);
        JsonDocument.Parse(_comarketing.Run("campaign", "show", "3", "--json").StdOut).RootElement.GetProperty("status").GetString().ShouldBe("running");
    }

    private static string WithoutId(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("id");
        return node.ToJsonString();
    }
}
