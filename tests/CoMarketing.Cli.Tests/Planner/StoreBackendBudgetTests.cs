using CoMarketing.Cli.Planner;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Budget;
using CoMarketing.Core.Finance;
using CoMarketing.Storage;

namespace CoMarketing.Cli.Tests.Planner;

public sealed class StoreBackendBudgetTests : IDisposable
{
    private readonly KioskFixture _kiosk = new();

    public void Dispose() => _kiosk.Dispose();

    [Fact]
    public void A_Budget_Saved_In_The_Planner_Should_Come_Back_From_The_File_Whole_And_Audited()
    {
        // Given: a new plan with money in its first month only, so its 23 empty months must survive too
        var backend = new StoreBackend(_kiosk.Store, _kiosk.Clock);
        var plan = new BudgetPlan(new DateOnly(2027, 3, 1), [Money.Parse("1 200,50"), .. Enumerable.Repeat(Money.Zero, 23)]);
        var before = backend.GetBudget();

        // When
        backend.SaveBudget(plan, Actor.Coordinator);
        var reopened = Store.Open(_kiosk.Store.Path, _kiosk.Clock);
        var read = new StoreBackend(reopened, _kiosk.Clock).GetBudget();

        // Then
        before.ShouldBeNull();
        read.ShouldNotBeNull();
        read.FirstMonth.ShouldBe(plan.FirstMonth);
        read.Monthly.ShouldBe(plan.Monthly);
        var entry = reopened.Audit.Recent(1).ShouldHaveSingleItem();
        entry.Action.ShouldBe("budget.save");
        entry.Actor.ShouldBe(Actor.Coordinator);
        entry.Details.ShouldBe("Saved a budget plan of 24 months from 2027-03, 1200.50 in total.");
    }
}
