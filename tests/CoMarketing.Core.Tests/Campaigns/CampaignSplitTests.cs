using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;
using static CoMarketing.Core.Tests.Campaigns.EconomicsFixtures;

namespace CoMarketing.Core.Tests.Campaigns;

public sealed class CampaignSplitTests
{
    [Fact]
    public void ToRequest_Should_Map_Participants_Payers_Sharers_And_Overrides_By_Business_Id()
    {
        // Given a campaign of businesses 12 and 5 (in that order) with a shared and a paid item
        var businesses = new[] { Business(5, "Kukka", 30000), Business(12, "Kahvila", 30000, 20000) };
        var shares = new Dictionary<long, decimal> { [12] = 2, [5] = 1 };
        var campaign = Campaign([12, 5], [Item("100.00", SplitRule.Equal), new("Flyers", null, Core.Finance.Money.Parse("30.00"), 14m, 5, SplitRule.Shares, [5, 12], shares)]);

        // When
        var request = CampaignSplit.ToRequest(campaign, businesses, Settings);

        // Then participants keep the campaign's order, with reach from their channels
        request.Population.ShouldBe(60000);
        request.Participants.Select(p => (p.Id, p.Name, p.Reach)).ShouldBe([("12", "Kahvila", 40000L), ("5", "Kukka", 30000L)]);
        request.Items[0].PaidBy.ShouldBe(Core.Splitting.CostItem.Association);
        request.Items[0].Among.ShouldBeNull();
        request.Items[1].PaidBy.ShouldBe("5");
        request.Items[1].VatRate.Percent.ShouldBe(14m);
        request.Items[1].Weights!["12"].ShouldBe(2m);
    }

    [Fact]
    public void Split_Should_Give_The_Engines_Figures_For_A_Stored_Campaign()
    {
        // Given 95.00 shared equally by three members, and 1.00 at shares 1:2 paid by the first
        var businesses = new[] { Business(1, "A"), Business(2, "B"), Business(3, "C") };
        var campaign = Campaign(
            [1, 2, 3],
            [Item("95.00", SplitRule.Equal, vat: 0m), new("Pins", null, Core.Finance.Money.Parse("1.00"), 0m, 1, SplitRule.Shares, [1, 2], new Dictionary<long, decimal> { [1] = 1, [2] = 2 })]);

        // When
        var result = CampaignSplit.Split(campaign, businesses, Settings);

        // Then
        result.Items[0].Parts.Select(p => p.Net.ToString()).ShouldBe(["31.67", "31.67", "31.66"]);
        result.Items[1].Parts.Select(p => p.Net.ToString()).ShouldBe(["0.33", "0.67", "0.00"]);
        result.Participants[0].Paid.ToString().ShouldBe("1.00");
        result.Transfers.Select(t => (t.From, t.To, t.Amount.ToString())).ShouldBe(
            [("1", "association", "31.00"), ("2", "association", "32.34"), ("3", "association", "31.66")]);
        result.Participants.Select(p => p.Invoiced.ToString()).ShouldBe(["31.00", "32.34", "31.66"]);
    }

    [Fact]
    public void ToRequest_Should_Refuse_A_Participant_That_Is_Not_A_Business()
    {
        var campaign = Campaign([1, 2], [Item("10.00", SplitRule.Equal)]);
        Should.Throw<DomainException>(() => CampaignSplit.ToRequest(campaign, [Business(1, "A")], Settings))
            .Message.ShouldContain("business 2");
    }
}
