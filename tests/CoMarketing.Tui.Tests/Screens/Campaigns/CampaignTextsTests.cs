using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

public sealed class CampaignTextsTests
{
    [Fact]
    public void Every_Campaign_Text_Should_Exist_In_Finnish_And_English_With_The_Same_Placeholders()
    {
        var english = CampaignTexts.English.All();
        var finnish = CampaignTexts.Finnish.All();
        english.Count.ShouldBeGreaterThan(30);
        finnish.Keys.ShouldBe(english.Keys, ignoreOrder: true);
        foreach (var (name, text) in english)
        {
            Placeholders(finnish[name]).ShouldBe(Placeholders(text), name);
        }
    }

    private static string[] Placeholders(string text)
        => [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order()];
}
