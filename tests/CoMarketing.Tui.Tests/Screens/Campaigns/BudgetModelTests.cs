using CoMarketing.Core.Budget;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

public sealed class BudgetModelTests
{
    private static (InMemoryPlannerBackend Backend, BudgetModel Model) Coordinator(TuiTexts? texts = null, bool demo = true)
    {
        var backend = demo ? InMemoryPlannerBackend.Demo() : InMemoryPlannerBackend.Empty();
        return (backend, new BudgetModel(new PlannerService(backend, Session.Coordinator, texts)));
    }

    private static int Saves(InMemoryPlannerBackend backend) => backend.Writes.Count(w => w.Operation == nameof(IPlannerBackend.SaveBudget));

    [Fact]
    public void Editing_A_Month_Should_Save_It_And_Change_The_Total()
    {
        // Given: the demo plan, 1 500 € a month (3 000 € in November and December)
        var (backend, model) = Coordinator();
        var before = backend.GetBudget().ShouldNotBeNull();
        model.Selected = 3;
        var was = model.Rows[3].Planned;

        // When
        var edited = model.SetAmount("2 000");
        var dirty = model.IsDirty;
        var saved = model.Save();

        // Then
        edited.ShouldBeTrue();
        dirty.ShouldBeTrue();
        saved.ShouldBeTrue();
        model.IsDirty.ShouldBeFalse();
        var after = backend.GetBudget().ShouldNotBeNull();
        after.Monthly[3].ShouldBe(Money.Parse("2000"));
        after.Total.ShouldBe(before.Total - was + Money.Parse("2000"));
        after.FirstMonth.ShouldBe(before.FirstMonth);
        model.Report.ShouldNotBeNull().Planned.ShouldBe(after.Total);
        backend.Writes.Last().ShouldBe(new BackendWrite(nameof(IPlannerBackend.SaveBudget), Core.Audit.Actor.Coordinator, null, $"24 months, {after.Total}"));
        model.Message.ShouldNotBeNull().IsError.ShouldBeFalse();
    }

    [Theory]
    [InlineData("1 200,50 €", 120050)]
    [InlineData("1 200", 120000)]
    [InlineData("1,200.50", 120050)]
    [InlineData("1200.5", 120050)]
    [InlineData("0", 0)]
    public void An_Amount_Should_Be_Read_As_People_Write_It(string typed, long cents)
    {
        // Given
        var (_, model) = Coordinator(TuiTexts.Finnish);
        model.Selected = 5;

        // When
        var read = model.SetAmount(typed);

        // Then
        read.ShouldBeTrue();
        model.Errors.ShouldBeEmpty();
        model.Rows[5].Planned.Cents.ShouldBe(cents);
        model.AmountText.ShouldBe(typed);
    }

    [Fact]
    public void A_Negative_Amount_Should_Be_Refused_At_The_Field_And_Nothing_Saved()
    {
        // Given
        var (backend, model) = Coordinator(TuiTexts.Finnish);
        var stored = backend.GetBudget();
        model.Selected = 2;
        var was = model.Rows[2].Planned;

        // When
        var read = model.SetAmount("-100");
        var saved = model.Save();

        // Then
        read.ShouldBeFalse();
        saved.ShouldBeFalse();
        model.Errors[BudgetModel.AmountField].ShouldBe("Summa ei voi olla negatiivinen; kirjoita 0 kuukaudelle ilman markkinointia.");
        model.Message.ShouldNotBeNull().Text.ShouldBe("Korjaa ensin summa kentässä; mitään ei tallennettu.");
        model.Rows[2].Planned.ShouldBe(was);
        model.AmountText.ShouldBe("-100");
        Saves(backend).ShouldBe(0);
        backend.GetBudget().ShouldBeSameAs(stored);
    }

    [Fact]
    public void Text_That_Is_Not_An_Amount_Should_Be_Refused_In_Words_And_Fixing_It_Clears_The_Problem()
    {
        // Given
        var (_, model) = Coordinator();

        // When
        model.SetAmount("lots");
        var refused = model.Errors[BudgetModel.AmountField];
        model.SetAmount("2 500");

        // Then
        refused.ShouldBe(CampaignTexts.English.Format("AmountInvalid", "lots"));
        refused.ShouldContain("'lots'");
        model.Errors.ShouldBeEmpty();
        model.Rows[0].Planned.ShouldBe(Money.Parse("2500"));
    }

    [Fact]
    public void A_Front_Loaded_Plan_Should_Show_The_Warning_And_An_Even_Plan_Should_Not()
    {
        // Given: a new plan spread evenly
        var (_, model) = Coordinator(TuiTexts.Finnish, demo: false);
        model.Start();
        model.Spread("24 000");
        var even = model.Warnings.ToList();
        var reassured = model.WellSpread;

        // When: the first six months get 10 000 € each (60 000 of 78 000 €)
        for (var month = 0; month < 6; month++)
        {
            model.Selected = month;
            model.SetAmount("10 000");
        }

        // Then
        even.ShouldBeEmpty();
        reassured.ShouldBeTrue();
        model.Report.ShouldNotBeNull().FrontLoaded.ShouldBeTrue();
        model.WellSpread.ShouldBeFalse();
        model.Warnings.ShouldHaveSingleItem().ShouldBe(
            "Suurin osa rahasta menee heti alussa: ensimmäisten 6 kuukauden osuus on 60 000,00 € eli 77 % koko budjetista (78 000,00 €). "
            + "Jaa raha vähintään kahdelle vuodelle, niin markkinointi jatkuu alkurykäyksen jälkeenkin.");
    }

    [Fact]
    public void A_Plan_Shorter_Than_Two_Years_Should_Be_Warned_About()
    {
        // Given: a plan of 12 months saved elsewhere (the command line's --set)
        var backend = InMemoryPlannerBackend.Empty();
        backend.SaveBudget(new BudgetPlan(new DateOnly(2027, 1, 1), Enumerable.Repeat(Money.Parse("1000"), 12)), Core.Audit.Actor.CommandLine);

        // When
        var model = new BudgetModel(new PlannerService(backend, Session.Coordinator));

        // Then
        model.Rows.Count.ShouldBe(12);
        model.Warnings.ShouldHaveSingleItem().ShouldBe("The plan covers only 12 months. Plan at least 24 months (two years) so customers keep hearing from you.");
    }

    [Fact]
    public void A_Member_Should_See_The_Plan_But_Not_Change_It()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var service = new PlannerService(backend, Session.Member(backend.Named("Kahvila Aalto").Id));
        var model = new BudgetModel(service);

        // When
        var edited = model.SetAmount("5 000");
        var saved = model.Save();
        var spread = model.Spread("1 000");

        // Then
        model.CanEdit.ShouldBeFalse();
        model.Rows.Count.ShouldBe(24);
        edited.ShouldBeFalse();
        saved.ShouldBeFalse();
        spread.ShouldBeFalse();
        model.Rows[0].Planned.ShouldBe(backend.GetBudget().ShouldNotBeNull().Monthly[0]);
        model.Message.ShouldNotBeNull().Text.ShouldBe("Only the coordinator can change the budget plan.");
        Should.Throw<DomainException>(() => service.SaveBudget(backend.GetBudget()!));
        Saves(backend).ShouldBe(0);
    }

    [Fact]
    public void A_Guest_Should_Not_See_The_Budget()
    {
        var service = new PlannerService(InMemoryPlannerBackend.Demo(), Session.Guest);

        Should.Throw<DomainException>(() => new BudgetModel(service)).Message.ShouldBe("Sign in to see the budget plan.");
    }

    [Fact]
    public void The_Money_Spent_Per_Month_Should_Equal_The_Core_Budget_Report()
    {
        // Given
        var (backend, model) = Coordinator();
        var core = BudgetReport.Of(backend.GetBudget()!, backend.GetCampaigns());

        // When: typing a month changes what is planned, never what was spent
        model.SetAmount("9 999");

        // Then
        core.Spent.Cents.ShouldBeGreaterThan(0);
        model.Rows.Select(r => r.Spent).ShouldBe(core.Months.Select(m => m.Spent));
        model.Rows.Select(r => r.Month).ShouldBe(core.Months.Select(m => m.Month));
        model.Report.ShouldNotBeNull().Spent.ShouldBe(core.Spent);
    }

    [Fact]
    public void Without_A_Plan_The_Coordinator_Should_Start_One_Of_24_Empty_Months_From_This_Month()
    {
        // Given: the clock says 1 March 2027
        var (backend, model) = Coordinator(TuiTexts.Finnish, demo: false);
        var before = model.HasPlan;

        // When
        var started = model.Start();
        var unsaved = Saves(backend);
        model.Selected = 0;
        model.SetAmount("500");
        model.Save();

        // Then
        before.ShouldBeFalse();
        started.ShouldBeTrue();
        unsaved.ShouldBe(0);
        model.Rows.Count.ShouldBe(24);
        model.Rows[0].Label.ShouldBe("3/2027");
        model.Rows[^1].Label.ShouldBe("2/2029");
        var plan = backend.GetBudget().ShouldNotBeNull();
        plan.FirstMonth.ShouldBe(new DateOnly(2027, 3, 1));
        plan.Horizon.ShouldBe(24);
        plan.Total.ShouldBe(Money.Parse("500"));
        model.Message.ShouldNotBeNull().Text.ShouldBe("Budjettisuunnitelma tallennettu: 500,00 €, 24 kuukautta.");
    }

    [Fact]
    public void Spreading_A_Total_Should_Give_Every_Month_A_Share_That_Sums_To_It()
    {
        // Given
        var (_, model) = Coordinator();

        // When
        var spread = model.Spread("1 000,00 €");

        // Then
        spread.ShouldBeTrue();
        model.Rows.Sum(r => r.Planned.Cents).ShouldBe(100000);
        model.Rows.Take(16).ShouldAllBe(r => r.Planned.Cents == 4167);
        model.Rows.Skip(16).ShouldAllBe(r => r.Planned.Cents == 4166);
        model.AmountText.ShouldBe("41.67");
    }

    [Fact]
    public void A_Negative_Total_Should_Not_Be_Spread()
    {
        var (_, model) = Coordinator();
        var before = model.Rows.Select(r => r.Planned).ToList();

        model.Spread("-1 000").ShouldBeFalse();

        model.Errors.Keys.ShouldContain(BudgetModel.SpreadField);
        model.Rows.Select(r => r.Planned).ShouldBe(before);
    }

    [Fact]
    public void Bars_Should_Be_Scaled_To_The_Largest_Month()
    {
        // Given: the demo plan, 3 000 € in November and December, 1 500 € otherwise
        var (_, model) = Coordinator();

        // Then
        model.Rows.Where(r => r.Month.Month is 11 or 12).ShouldAllBe(r => r.Bar == new string('█', BudgetModel.BarWidth));
        model.Rows.Where(r => r.Month.Month is not (11 or 12)).ShouldAllBe(r => r.Bar == new string('█', BudgetModel.BarWidth / 2));

        // When
        model.SetAmount("6 000");

        // Then
        model.Rows[0].Bar.Length.ShouldBe(BudgetModel.BarWidth);
        model.Rows.First(r => r.Month.Month == 11).Bar.Length.ShouldBe(BudgetModel.BarWidth / 2);
    }

    [Fact]
    public void Unsaved_Months_Should_Be_Kept_At_A_Time_Out_And_Be_Back_On_The_Next_Visit()
    {
        // Given: the coordinator typed a month and walked away
        var (backend, model) = Coordinator();
        var clean = model.SerializeDraft();
        model.Selected = 4;
        model.SetAmount("7 777,77");
        backend.Drafts.Save(null, model.DraftKey!, model.SerializeDraft()!);

        // When: the coordinator signs in again and opens the budget
        var again = new BudgetModel(new PlannerService(backend, Session.Coordinator));

        // Then
        clean.ShouldBeNull();
        again.Rows[4].Planned.ShouldBe(Money.Parse("7 777,77"));
        again.IsDirty.ShouldBeTrue();
        again.Message.ShouldNotBeNull().Text.ShouldBe("Your unsaved months from before the time-out are back; save them to keep them.");
        backend.Drafts.Load(null, BudgetModel.Key).ShouldBeNull();
        Saves(backend).ShouldBe(0);
        again.Save().ShouldBeTrue();
        backend.GetBudget().ShouldNotBeNull().Monthly[4].ShouldBe(Money.Parse("7 777,77"));
    }

    [Fact]
    public void A_Member_Should_Keep_No_Budget_Draft()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var model = new BudgetModel(new PlannerService(backend, Session.Member(backend.Named("Kahvila Aalto").Id)));

        model.DraftKey.ShouldBeNull();
        model.SerializeDraft().ShouldBeNull();
    }
}
