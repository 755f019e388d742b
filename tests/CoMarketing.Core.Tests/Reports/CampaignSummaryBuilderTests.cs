using CoMarketing.Core.Campaigns;
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
}
