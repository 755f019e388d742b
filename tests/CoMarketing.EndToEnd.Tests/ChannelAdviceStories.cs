using System.Globalization;
using System.Text.Json;
using CoMarketing.EndToEnd.Tests.Infrastructure;

namespace CoMarketing.EndToEnd.Tests;

/// <summary>Issue 14: where to spend a joint budget, who posts, and what to do when something goes wrong.</summary>
public sealed class ChannelAdviceStories : IDisposable
{
    private readonly ComarketingProcess _comarketing = new();

    public ChannelAdviceStories() => _comarketing.Run("demo").ExitCode.ShouldBe(0);

    public void Dispose() => _comarketing.Dispose();

    [Fact]
    public void I_can_ask_where_to_spend_a_joint_budget_and_get_reasons_a_cafe_owner_understands()
    {
        // When the coordinator asks for the spring campaign's partners, in English
        var result = _comarketing.Run("channels", "advise", "Kevään kaupunkipäivät", "--budget", "2000", "--lang", "en");

        // Then own accounts come first and free, then paid channels with reasons and a price per thousand
        result.ExitCode.ShouldBe(0, result.StdErr);
        var lines = result.StdOut.Split('\n');
        var own = Array.IndexOf(lines, "Your own accounts first (free)");
        var paid = Array.IndexOf(lines, "Recommended paid channels");
        own.ShouldBeGreaterThan(0);
        paid.ShouldBeGreaterThan(own);
        lines[own + 1].ShouldEndWith("; free");
        lines[paid + 1].ShouldMatch(@"^  1\. \d placements?, [\d,]+\.\d\d €: .+: \d+ % of your combined customers are .+; reaches about [\d ]+ people, \d+ € per thousand$");
        result.StdOut.ShouldContain("The mix reaches about ");
    }

    [Fact]
    public void I_can_check_that_a_pensioners_group_is_not_sent_to_TikTok()
    {
        // When
        var result = _comarketing.Run("channels", "advise", "--partners", "Kotipalvelu Hoivahelmi,Optiikka Näkö", "--json", "--lang", "en");

        // Then
        result.ExitCode.ShouldBe(0, result.StdErr);
        var root = JsonDocument.Parse(result.StdOut).RootElement;
        var firstPaid = root.GetProperty("mix").EnumerateArray().First(l => !l.GetProperty("free").GetBoolean());
        firstPaid.GetProperty("kind").GetString().ShouldNotBeOneOf("tiktok", "instagram");
        root.GetProperty("warnings").EnumerateArray().ShouldContain(w => w.GetString()!.StartsWith("TikTok: most of your customers are 55+", StringComparison.Ordinal));
        root.GetProperty("budget").ValueKind.ShouldBe(JsonValueKind.Null);
        decimal.Parse(root.GetProperty("cost").GetString()!, CultureInfo.InvariantCulture).ShouldBeGreaterThan(0m);
    }

    [Fact]
    public void I_can_see_my_own_posting_tasks_and_whom_to_call_when_something_goes_wrong()
    {
        // When a partner of the running campaign looks up its own tasks
        var result = _comarketing.Run("campaign", "show", "Revontulten talvi", "--member", "Ravintola Revontuli");

        // Then
        result.ExitCode.ShouldBe(0, result.StdErr);
        result.StdOut.ShouldContain("Tasks of Ravintola Revontuli in Revontulten talvi");
        result.StdOut.ShouldContain("Viimeisen viikon tarjous");
        result.StdOut.ShouldNotContain("Revontulikuvien kilpailu");
        result.StdOut.ShouldContain("When something goes wrong, contact Sari Kemppainen, 040 812 3344.");
    }

    [Fact]
    public void I_am_told_clearly_when_I_name_neither_a_campaign_nor_partners()
    {
        var result = _comarketing.Run("channels", "advise", "--budget", "500");
        result.ExitCode.ShouldBe(2);
        result.StdErr.ShouldContain("Name either a campaign or --partners A,B,C");
        result.StdOut.ShouldBeEmpty();
    }
}
