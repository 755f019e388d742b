using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Core.Tests.Campaigns;

public sealed class CampaignTests
{
    private static readonly CampaignGoal Goal = new(CampaignGoalKind.Leads, 50);
    private static readonly DateOnly Start = new(2027, 6, 1);

    private static Campaign Make(IEnumerable<long> participants, IEnumerable<CostItem>? items = null, IEnumerable<CampaignResult>? results = null, DateOnly? end = null)
        => new(0, "Juhannus", Goal, Start, end ?? Start.AddDays(30), CampaignStatus.Draft, participants, items ?? [], [], results ?? []);

    [Fact]
    public void A_Valid_Campaign_Should_Keep_Participant_Order_And_Sort_Its_Plan()
    {
        var campaign = new Campaign(
            1, " Juhannus ", Goal, Start, Start, CampaignStatus.Planned, [3, 1, 2], [], [
                new PlanEntry(Start.AddDays(5), Core.Channels.ChannelKind.Radio, "Radio"),
                new PlanEntry(Start, Core.Channels.ChannelKind.Instagram, "Post"),
            ], []);
        campaign.Name.ShouldBe("Juhannus");
        campaign.Participants.ShouldBe([3, 1, 2]);
        campaign.Plan.Select(p => p.Description).ShouldBe(["Post", "Radio"]);
    }

    [Fact]
    public void An_End_Before_The_Start_Should_Be_Refused()
        => Should.Throw<DomainException>(() => Make([1], end: Start.AddDays(-1))).Message.ShouldContain("ends (2027-05-31) before it starts (2027-06-01)");

    [Fact]
    public void A_Participant_Listed_Twice_Should_Be_Refused()
        => Should.Throw<DomainException>(() => Make([1, 2, 1])).Message.ShouldContain("twice");

    [Theory]
    [InlineData(9L, null)]
    [InlineData(null, 9L)]
    public void A_Cost_Item_Naming_A_Non_Participant_Should_Be_Refused(long? paidBy, long? sharer)
    {
        var item = new CostItem("Ilmoitus", null, Money.Parse("100"), 25.5m, paidBy, SplitRule.Equal, sharer is { } s ? [s] : null);
        Should.Throw<DomainException>(() => Make([1, 2], [item])).Message.ShouldContain("business 9, which is not a participant");
    }

    [Fact]
    public void A_Result_Of_A_Non_Participant_Should_Be_Refused()
    {
        var result = new CampaignResult(5, Start, ResultPeriod.Week, 10, 5, 2, 1, Money.Zero);
        Should.Throw<DomainException>(() => Make([1], results: [result])).Message.ShouldContain("business 5");
    }

    [Fact]
    public void WithResults_Should_Replace_Only_The_Results_And_Check_Them_Like_A_New_Campaign()
    {
        // Given
        var item = new CostItem("Ilmoitus", null, Money.Parse("100"), 25.5m, 1, SplitRule.Equal);
        var campaign = Make([1, 2], [item]) with { Contingency = new ContingencyPlan(2, 24, null, "Aino") };
        var result = new CampaignResult(2, Start, ResultPeriod.Month, 100, 40, 10, 3, Money.Parse("450"));

        // When
        var recorded = campaign.WithResults([result]);

        // Then
        recorded.Results.ShouldBe([result]);
        recorded.CostItems.ShouldBe(campaign.CostItems);
        recorded.Contingency.ShouldBe(campaign.Contingency);
        campaign.Results.ShouldBeEmpty();
        Should.Throw<DomainException>(() => campaign.WithResults([new CampaignResult(7, Start, ResultPeriod.Month, 1, 1, 1, 1, Money.Zero)]))
            .Message.ShouldContain("business 7");
    }

    [Theory]
    [InlineData("", 100, 25.5, "needs a description")]
    [InlineData("Radio", 100, 100.5, "VAT rate must be between 0 and 100")]
    [InlineData("Radio", 100, 25.555, "at most two decimals")]
    public void Invalid_Cost_Items_Should_Be_Refused_In_Words(string description, long net, double vat, string reason)
        => Should.Throw<DomainException>(() => new CostItem(description, null, Money.FromCents(net), (decimal)vat, null, SplitRule.Equal))
            .Message.ShouldContain(reason);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_Goal_Without_A_Positive_Target_Should_Be_Refused(int target)
        => Should.Throw<DomainException>(() => new CampaignGoal(CampaignGoalKind.Sales, target)).Message.ShouldContain("above zero");
}
