using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Reports;
using static CoMarketing.Core.Tests.Campaigns.EconomicsFixtures;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Core.Tests.Reports;

public sealed class CampaignSummaryBuilderTests
{
    [Fact]
    public void Summary_Should_Carry_The_Engines_Figures_Names_And_Invoice_Lines()
    {
        // Given 1 200.00 + VAT shared equally by two members with 4 000 and 6 000 followers, paid by the association
        var campaign = Campaign([1, 2], [Item("1200.00", SplitRule.Equal)]);
        var split = CampaignSplit.Split(campaign, [Business(1, "Kahvila", 4000), Business(2, "Kenkä", 6000)], Settings);

        // When
        var summary = CampaignSummaryBuilder.Build("Testiyhdistys", "EUR", campaign, split);

        // Then (campaign 7: reference bases 7001 and 7002)
        summary.Campaign.ShouldBe(new SummaryCampaign(7, "Kesä", "sales", 1000, new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31), "finished"));
        summary.Items[0].Rule.ShouldBe("equal");
        summary.Items[0].Parts.ShouldAllBe(p => p == new SummaryAmounts(Money.Parse("600.00"), Money.Parse("153.00"), Money.Parse("753.00")));
        summary.Totals.ShouldBe(new SummaryAmounts(Money.Parse("1200.00"), Money.Parse("306.00"), Money.Parse("1506.00")));
        summary.CombinedReach.ShouldBe(9600); // 60 000 · (1 − 56/60 · 54/60)
        summary.Participants.Select(p => p.NewReach).ShouldBe([5600L, 3600L]);
        summary.InvoiceLines.Select(p => (p.Name, p.Invoiced.ToString(), p.Reference, p.RfReference))
            .ShouldBe([("Kahvila", "753.00", "70014", "RF5970014"), ("Kenkä", "753.00", "70027", "RF9670027")]);
        summary.Transfers.Select(t => (t.FromName, t.ToName, t.Amount.ToString()))
            .ShouldBe([("Kahvila", "Testiyhdistys", "753.00"), ("Kenkä", "Testiyhdistys", "753.00")]);
    }

    [Fact]
    public void Summary_Should_Carry_The_Plan_With_Who_Posts_And_The_Plan_For_Surprises()
    {
        // Given member 2 posts on Instagram, the coordinator prints the poster, member 1 answers comments
        var plain = Campaign([1, 2], [Item("100.00", SplitRule.Equal)]);
        var campaign = new Campaign(plain.Id, plain.Name, plain.Goal, plain.Start, plain.End, plain.Status, plain.Participants, plain.CostItems,
            [
                new PlanEntry(new DateOnly(2027, 1, 10), ChannelKind.Instagram, "Video") { Owner = 2 },
                new PlanEntry(new DateOnly(2027, 1, 5), ChannelKind.InStorePrint, "Juliste"),
            ],
            [])
        {
            Contingency = new ContingencyPlan(1, 12, null, "Aino, 040 1"),
        };
        var split = CampaignSplit.Split(campaign, [Business(1, "Kahvila", 4000), Business(2, "Kenkä", 6000)], Settings);

        // When
        var summary = CampaignSummaryBuilder.Build("Testiyhdistys", "EUR", campaign, split);

        // Then
        summary.Plan.ShouldBe([
            new SummaryPlanEntry(new DateOnly(2027, 1, 5), "print", "Juliste", null),
            new SummaryPlanEntry(new DateOnly(2027, 1, 10), "instagram", "Video", "2"),
        ]);
        summary.Contingency.ShouldBe(new SummaryContingency("1", 12, null, "Aino, 040 1"));
    }
}
