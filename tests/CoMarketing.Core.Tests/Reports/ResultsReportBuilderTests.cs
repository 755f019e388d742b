using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Reports.Results;
using static CoMarketing.Core.Tests.Campaigns.EconomicsFixtures;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Core.Tests.Reports;

public sealed class ResultsReportBuilderTests
{
    // Two members share 1 000.00 (no VAT) equally over 1.1.–31.3.2027: 90 days, January 31, February 28, March 31.
    private static readonly CampaignResult[] Results =
    [
        Result(1, "2027-01-01", 1000, 100, 30, 10, "500.00"),
        Result(2, "2027-02-01", 2000, 200, 40, 8, "400.00"),
    ];

    private static ReportCampaign Spring(CampaignStatus status = CampaignStatus.Finished, CampaignResult[]? results = null)
    {
        var campaign = Campaign([1, 2], [Item("1000.00", SplitRule.Equal, vat: 0m)], results ?? Results, status);
        return new ReportCampaign(campaign, Core.Campaigns.CampaignSplit.Split(campaign, [Business(1, "Kahvila", 1000), Business(2, "Kirjakauppa", 2000)], Settings));
    }

    [Fact]
    public void Monthly_Report_Should_Spread_Each_Share_Over_The_Campaign_Days_To_The_Cent()
    {
        // When
        var report = ResultsReportBuilder.Build([Spring()], ResultPeriod.Month);

        // Then each 500.00 splits 31:28:31 → 172.22, 155.55 + the odd cent (largest remainder), 172.22
        report.From.ShouldBe(new DateOnly(2027, 1, 1));
        report.To.ShouldBe(new DateOnly(2027, 3, 31));
        report.Periods.Select(p => p.Metrics.Cost).ShouldBe([Money.Parse("344.44"), Money.Parse("311.12"), Money.Parse("344.44")]);
        report.Periods.Select(p => p.End).ShouldBe([new DateOnly(2027, 1, 31), new DateOnly(2027, 2, 28), new DateOnly(2027, 3, 31)]);

        // January: 344.44 / 10 = 34.44; 500 / 10 = 50.00; (500 − 344.44) / 344.44 = 0.45163… → 0.4516
        var january = report.Periods[0].Metrics;
        january.AcquisitionCost.ShouldBe(Money.Parse("34.44"));
        january.CustomerValue.ShouldBe(Money.Parse("50.00"));
        january.Roi.ShouldBe(0.4516m);

        // February: 311.12 / 8 = 38.89; (400 − 311.12) / 311.12 = 0.28567… → 0.2857
        report.Periods[1].Metrics.AcquisitionCost.ShouldBe(Money.Parse("38.89"));
        report.Periods[1].Metrics.Roi.ShouldBe(0.2857m);

        // March: cost without results
        report.Periods[2].Metrics.AcquisitionCost.ShouldBeNull();
        report.Periods[2].Metrics.Roi.ShouldBe(-1m);
        report.Total.Cost.ShouldBe(Money.Parse("1000.00"));
        report.Total.AcquisitionCost.ShouldBe(Money.Parse("55.56"));
        report.Total.Roi.ShouldBe(-0.1m);
    }

    [Fact]
    public void Report_Should_Give_Each_Member_Its_Own_Share_Against_Its_Own_Results()
    {
        // When
        var report = ResultsReportBuilder.Build([Spring()], ResultPeriod.Quarter);

        // Then
        report.Members.Select(m => m.Name).ShouldBe(["Kahvila", "Kirjakauppa"]);
        report.Members[0].Metrics.Cost.ShouldBe(Money.Parse("500.00"));
        report.Members[0].Metrics.AcquisitionCost.ShouldBe(Money.Parse("50.00"));
        report.Members[0].Metrics.Roi.ShouldBe(0m);
        report.Members[1].Metrics.AcquisitionCost.ShouldBe(Money.Parse("62.50"));
        report.Members[1].Metrics.Roi.ShouldBe(-0.2m);
        report.Campaigns.ShouldHaveSingleItem().Metrics.Funnel.ShouldBe(new FunnelTotals(3000, 300, 70, 18, Money.Parse("900.00")));
        report.Cells.ShouldHaveSingleItem().PeriodStart.ShouldBe(new DateOnly(2027, 1, 1));
    }

    [Fact]
    public void Weekly_Report_Should_Use_Iso_Weeks_And_Sum_Exactly_To_The_Cost()
    {
        // When
        var report = ResultsReportBuilder.Build([Spring()], ResultPeriod.Week);

        // Then 1.1.2027 is a Friday: the first week starts on Monday 28.12.2026 and holds 3 of the 90 days
        report.Periods[0].Start.ShouldBe(new DateOnly(2026, 12, 28));
        report.Periods.ShouldAllBe(p => p.Start.DayOfWeek == DayOfWeek.Monday && p.End == p.Start.AddDays(6));
        report.Periods[^1].End.ShouldBe(new DateOnly(2027, 4, 4));
        Money.Sum(report.Periods.Select(p => p.Metrics.Cost)).ShouldBe(Money.Parse("1000.00"));
        report.Periods[0].Metrics.Cost.Cents.ShouldBeInRange(3332, 3334);
        report.Periods[1].Metrics.Cost.ShouldBe(Money.Parse("77.78"));
    }

    [Fact]
    public void A_Range_Should_Carry_Only_The_Cost_And_Results_That_Fall_In_It()
    {
        // When February alone is asked, from a day in the middle
        var report = ResultsReportBuilder.Build([Spring()], ResultPeriod.Month, new DateOnly(2027, 2, 15), new DateOnly(2027, 2, 20));

        // Then the whole of February, its cost and the results counted in it
        report.Periods.ShouldHaveSingleItem().Start.ShouldBe(new DateOnly(2027, 2, 1));
        report.Total.Cost.ShouldBe(Money.Parse("311.12"));
        report.Total.Funnel.NewCustomers.ShouldBe(8);
        report.Members.Select(m => m.Metrics.Cost).ShouldBe([Money.Parse("155.56"), Money.Parse("155.56")]);
    }

    [Fact]
    public void Draft_And_Planned_Campaigns_Should_Be_Left_Out()
    {
        var report = ResultsReportBuilder.Build([Spring(CampaignStatus.Draft, []), Spring(CampaignStatus.Planned, [])], ResultPeriod.Month);

        report.IsEmpty.ShouldBeTrue();
        report.Periods.ShouldBeEmpty();
    }

    [Fact]
    public void A_Start_After_The_End_Should_Be_Refused_In_Words()
    {
        var error = Should.Throw<DomainException>(() => ResultsReportBuilder.Build([Spring()], ResultPeriod.Week, new DateOnly(2027, 3, 1), new DateOnly(2027, 2, 1)));

        error.Message.ShouldBe("The report cannot start (2027-03-01) after it ends (2027-02-01).");
    }

    [Fact]
    public void A_Result_Recorded_Per_Month_Should_Count_Whole_In_The_Week_Holding_Its_First_Day()
    {
        var report = ResultsReportBuilder.Build([Spring()], ResultPeriod.Week);

        // 1.2.2027 is a Monday
        report.Periods.Single(p => p.Metrics.Funnel.NewCustomers > 0 && p.Start == new DateOnly(2027, 2, 1)).Metrics.Funnel.NewCustomers.ShouldBe(8);
        report.Periods.Single(p => p.Start == new DateOnly(2026, 12, 28)).Metrics.Funnel.NewCustomers.ShouldBe(10);
    }
}
