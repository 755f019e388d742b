using CoMarketing.Core.Audit;
using CoMarketing.Core.Budget;
using CoMarketing.Core.Demo;
using CoMarketing.Core.Finance;
using CoMarketing.Storage.Demo;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests;

public sealed class BudgetPlanRepositoryTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_New_Database_Should_Have_No_Budget_Plan()
        => _temp.Open().Budget.Get().ShouldBeNull();

    [Fact]
    public void A_Saved_Plan_Should_Read_Back_Equal_And_Replace_The_Previous_One()
    {
        // Given
        var store = _temp.Open();
        store.Budget.Save(new BudgetPlan(new DateOnly(2026, 1, 1), Enumerable.Repeat(Money.Parse("9.99"), 36)), Actor.CommandLine);
        var plan = new BudgetPlan(new DateOnly(2027, 11, 20), [Money.Parse("1500.00"), Money.Zero, Money.Parse("0.01")]);

        // When
        store.Budget.Save(plan, Actor.CommandLine);

        // Then the month is kept, the zero month too, and nothing of the old plan remains
        var read = _temp.Open().Budget.Get()!;
        read.FirstMonth.ShouldBe(new DateOnly(2027, 11, 1));
        read.Monthly.ShouldBe([Money.Parse("1500.00"), Money.Zero, Money.Parse("0.01")]);
        store.Audit.Recent(5).Count(a => a.Action == "budget.save").ShouldBe(2);
    }

    [Fact]
    public void The_Demo_Should_Install_A_Two_Year_Plan_That_Is_Not_Front_Loaded()
    {
        // Given
        var store = _temp.Open();
        DemoInstaller.Install(store, DemoAssociation.Build(new DateOnly(2027, 3, 14)), replace: false, Actor.CommandLine, _temp.Clock);

        // When
        var report = BudgetReport.Of(store.Budget.Get()!, store.Campaigns.GetAll());

        // Then it starts with the first campaign's month (October 2026) and the finished campaign has been spent
        report.Months.Count.ShouldBe(24);
        report.Months[0].Month.ShouldBe(new DateOnly(2026, 10, 1));
        report.Planned.ShouldBe(Money.Parse("42000.00"));
        report.FrontLoaded.ShouldBeFalse();
        report.Spent.ShouldBeGreaterThan(Money.Zero);
        store.Check().ShouldBeEmpty();
    }
}
