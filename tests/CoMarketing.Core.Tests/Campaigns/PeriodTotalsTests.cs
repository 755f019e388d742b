using System.Globalization;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Finance;
using static CoMarketing.Core.Tests.Campaigns.EconomicsFixtures;

namespace CoMarketing.Core.Tests.Campaigns;

public sealed class PeriodTotalsTests
{
    [Theory]
    [InlineData("2026-11-22", ResultPeriod.Week, "2026-11-16")]
    [InlineData("2026-11-23", ResultPeriod.Week, "2026-11-23")]
    [InlineData("2027-01-03", ResultPeriod.Week, "2026-12-28")]
    [InlineData("2027-02-28", ResultPeriod.Month, "2027-02-01")]
    [InlineData("2027-06-30", ResultPeriod.Quarter, "2027-04-01")]
    [InlineData("2027-12-31", ResultPeriod.Quarter, "2027-10-01")]
    public void StartOf_Should_Give_The_Monday_Or_First_Of_Month_Or_Quarter(string day, ResultPeriod period, string expected)
        => PeriodTotals.StartOf(D(day), period).ShouldBe(D(expected));

    [Fact]
    public void Monthly_Results_Should_Sum_Exactly_Into_Quarters()
    {
        // Given three months of two participants, the last in the next quarter
        CampaignResult[] results =
        [
            Result(1, "2027-01-01", 100, 10, 5, 1, "10.00"),
            Result(2, "2027-02-01", 200, 20, 6, 2, "20.00"),
            Result(1, "2027-03-01", 300, 30, 7, 3, "30.00"),
            Result(1, "2027-04-01", 400, 40, 8, 4, "40.00"),
        ];

        // When
        var quarters = PeriodTotals.Of(results, ResultPeriod.Quarter);

        // Then
        quarters.Select(q => q.Start).ShouldBe([D("2027-01-01"), D("2027-04-01")]);
        quarters[0].Totals.ShouldBe(new FunnelTotals(600, 60, 18, 6, Money.Parse("60.00")));
        quarters[1].Totals.ShouldBe(new FunnelTotals(400, 40, 8, 4, Money.Parse("40.00")));
    }

    [Fact]
    public void Weekly_Results_Should_Sum_Into_The_Month_Of_Their_First_Day()
    {
        CampaignResult[] results =
        [
            Result(1, "2027-01-25", 10, 1, 1, 1, "1.00", ResultPeriod.Week),
            Result(1, "2027-02-01", 20, 2, 2, 2, "2.00", ResultPeriod.Week),
            Result(2, "2027-02-08", 30, 3, 3, 3, "3.00", ResultPeriod.Week),
        ];
        var months = PeriodTotals.Of(results, ResultPeriod.Month);
        months.Select(m => (m.Start, m.Totals.Reached)).ShouldBe([(D("2027-01-01"), 10L), (D("2027-02-01"), 50L)]);
    }

    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
