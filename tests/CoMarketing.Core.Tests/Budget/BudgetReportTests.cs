using System.Globalization;
using CoMarketing.Core.Budget;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using FsCheck.Xunit;
using static CoMarketing.Core.Tests.Campaigns.EconomicsFixtures;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Core.Tests.Budget;

public sealed class BudgetReportTests
{
    [Theory]
    [InlineData("2027-01-30", "2027-02-02", "100.00", new[] { "50.00", "50.00" })]
    [InlineData("2027-01-31", "2027-02-02", "100.00", new[] { "33.33", "66.67" })]
    [InlineData("2027-01-15", "2027-01-20", "10.00", new[] { "10.00" })]
    [InlineData("2027-12-31", "2028-01-01", "-0.01", new[] { "-0.01", "0.00" })]
    public void Spending_Should_Spread_Over_The_Campaign_Days_To_The_Cent(string start, string end, string net, string[] expected)
    {
        // Given a campaign whose only cost is net without VAT
        var campaign = Campaign([1], [Item(net, SplitRule.Equal, vat: 0m)], start: D(start), end: D(end));

        // When
        var spread = BudgetReport.SpreadByDays(campaign);

        // Then
        spread.Select(s => new Money(s.Cents).ToString()).ShouldBe(expected);
        spread.Sum(s => s.Cents).ShouldBe(Money.Parse(net).Cents);
    }

    [Property(MaxTest = 200)]
    public bool Spending_Should_Always_Sum_Exactly_Over_Consecutive_Months(int cents, ushort startOffset, ushort days)
    {
        // Given any amount over any run of days
        var start = new DateOnly(2026, 1, 1).AddDays(startOffset % 1500);
        var campaign = Campaign([1], [Item(new Money(cents).ToString(), SplitRule.Equal, vat: 0m)], start: start, end: start.AddDays(days % 800));

        // When
        var spread = BudgetReport.SpreadByDays(campaign);

        // Then the months follow each other from the start month and the parts sum to the cost
        return spread.Sum(s => s.Cents) == cents
            && spread[0].Month == new DateOnly(start.Year, start.Month, 1)
            && spread.Zip(spread.Skip(1)).All(pair => pair.Second.Month == pair.First.Month.AddMonths(1));
    }

    [Fact]
    public void Report_Should_Put_Planned_Against_Spent_Gross_For_Running_And_Finished_Campaigns_Only()
    {
        // Given 24 months of 1 000.00 from Jan 2027; a finished January campaign of 100.00 + 25.5 % VAT and a draft
        var plan = new BudgetPlan(D("2027-01-15"), Enumerable.Repeat(Money.Parse("1000.00"), 24));
        var finished = Campaign([1], [Item("100.00", SplitRule.Equal)], start: D("2027-01-01"), end: D("2027-01-31"));
        var draft = Campaign([1], [Item("900.00", SplitRule.Equal)], status: CampaignStatus.Draft, start: D("2027-02-01"), end: D("2027-02-28"));

        // When
        var report = BudgetReport.Of(plan, [finished, draft]);

        // Then
        report.Months.Count.ShouldBe(24);
        report.Months[0].ShouldBe(new BudgetMonth(D("2027-01-01"), Money.Parse("1000.00"), Money.Parse("125.50")));
        report.Months[0].Left.ShouldBe(Money.Parse("874.50"));
        report.Months[1].Spent.ShouldBe(Money.Zero);
        report.Months[23].Month.ShouldBe(D("2028-12-01"));
        report.Planned.ShouldBe(Money.Parse("24000.00"));
        report.Spent.ShouldBe(Money.Parse("125.50"));
        report.FrontLoaded.ShouldBeFalse();
        report.Warnings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(600, 100, true)] // 6 × 600 = 3 600 of 5 400: two thirds in the first quarter
    [InlineData(301, 100, true)] // 1 806 of 3 606: just over half
    [InlineData(300, 100, false)] // 1 800 of 3 600: exactly half is not more than half
    [InlineData(100, 100, false)]
    public void A_Plan_With_More_Than_Half_In_Its_First_Quarter_Should_Be_Front_Loaded(int early, int late, bool frontLoaded)
    {
        // Given 24 months: the first 6 at `early` euros, the other 18 at `late`
        var months = Enumerable.Range(0, 24).Select(i => new Money((i < 6 ? early : late) * 100L));
        var report = BudgetReport.Of(new BudgetPlan(D("2027-01-01"), months), []);

        // Then
        report.FirstQuarterMonths.ShouldBe(6);
        report.FrontLoaded.ShouldBe(frontLoaded);
        report.Warnings.Count.ShouldBe(report.FrontLoaded ? 1 : 0);
    }

    [Fact]
    public void A_Plan_Shorter_Than_Two_Years_Should_Be_Warned_About()
    {
        var report = BudgetReport.Of(new BudgetPlan(D("2027-01-01"), Enumerable.Repeat(Money.Parse("10.00"), 12)), []);
        report.ShortHorizon.ShouldBeTrue();
        report.FirstQuarterMonths.ShouldBe(3);
        report.Warnings.ShouldBe(["The plan covers 12 months; plan at least 24 for continuity."]);
    }

    [Fact]
    public void A_Plan_Should_Refuse_A_Negative_Month()
    {
        Should.Throw<DomainException>(() => new BudgetPlan(D("2027-01-01"), [Money.Parse("10.00"), Money.Parse("-1.00")]))
            .Message.ShouldBe("The budget of 2027-02 cannot be negative, got -1.00.");
    }

    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
