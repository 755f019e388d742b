using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Finance;
using static CoMarketing.Core.Tests.Campaigns.EconomicsFixtures;

namespace CoMarketing.Core.Tests.Campaigns;

public sealed class CampaignMetricsTests
{
    [Fact]
    public void Metrics_Should_Follow_The_Worked_Example()
    {
        // Given a gross share of 798.59 that brought 56 new customers worth 1 960.00
        var metrics = new CampaignMetrics(Money.Parse("798.59"), new FunnelTotals(6900, 690, 172, 56, Money.Parse("1960.00")));

        // Then 798.59 / 56 = 14.2605 → 14.26; 1960 / 56 = 35.00; (1960 − 798.59) / 798.59 = 1.45433… → 1.4543
        metrics.AcquisitionCost.ShouldBe(Money.Parse("14.26"));
        metrics.CustomerValue.ShouldBe(Money.Parse("35.00"));
        metrics.Roi.ShouldBe(1.4543m);
        metrics.PaysOff.ShouldBe(true);
        metrics.Rates.ShouldBe(new FunnelRates(0.1m, 0.2493m, 0.3256m, 0.0081m));
    }

    [Theory]
    [InlineData("100.00", 3, "33.33")]
    [InlineData("100.00", 6, "16.67")]
    [InlineData("0.05", 2, "0.03")]
    public void Acquisition_Cost_Should_Round_Half_Away_From_Zero_To_The_Cent(string cost, long customers, string expected)
    {
        var metrics = new CampaignMetrics(Money.Parse(cost), new FunnelTotals(customers, customers, customers, customers, Money.Zero));
        metrics.AcquisitionCost.ShouldBe(Money.Parse(expected));
    }

    [Fact]
    public void Metrics_Without_Customers_Or_Cost_Should_Be_Unknown_Not_Zero()
    {
        // Given nothing reached and a sponsor-paid campaign (cost below zero)
        var metrics = new CampaignMetrics(Money.Parse("-10.00"), FunnelTotals.Zero);

        // Then
        metrics.AcquisitionCost.ShouldBeNull();
        metrics.CustomerValue.ShouldBeNull();
        metrics.Roi.ShouldBeNull();
        metrics.PaysOff.ShouldBeNull();
        metrics.Rates.ShouldBe(new FunnelRates(null, null, null, null));
    }

    [Fact]
    public void Economics_Should_Use_Each_Participants_Gross_Share_And_Own_Results()
    {
        // Given 200.00 + 25.5 % VAT shared equally; business 1 found 4 customers worth 502.00, business 2 none
        var campaign = Campaign(
            [1, 2],
            [Item("200.00", Core.Splitting.SplitRule.Equal)],
            [Result(1, "2027-01-01", 1000, 250, 50, 4, "502.00"), Result(2, "2027-01-01", 800, 100, 10, 0, "0.00")]);
        var split = CampaignSplit.Split(campaign, [Business(1, "A"), Business(2, "B")], Settings);

        // When
        var economics = CampaignEconomics.Of(campaign, split);

        // Then each pays 125.50 gross; 125.50 / 4 = 31.38 (31.375 away from zero); ROI (502 − 125.5) / 125.5 = 3
        economics.Participants[0].Metrics.Cost.ShouldBe(Money.Parse("125.50"));
        economics.Participants[0].Metrics.AcquisitionCost.ShouldBe(Money.Parse("31.38"));
        economics.Participants[0].Metrics.Roi.ShouldBe(3m);
        economics.Participants[1].Metrics.AcquisitionCost.ShouldBeNull();
        economics.Participants[1].Metrics.Roi.ShouldBe(-1m);
        economics.Total.Cost.ShouldBe(Money.Parse("251.00"));
        economics.Total.Funnel.ShouldBe(new FunnelTotals(1800, 350, 60, 4, Money.Parse("502.00")));
        economics.Total.Rates.Interest.ShouldBe(0.1944m);
    }
}
