using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Tests.Application;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

public sealed class BudgetViewTests
{
    [Fact]
    public void I_can_see_the_months_as_bars_and_a_warning_appears_as_soon_as_i_put_the_money_at_the_start()
    {
        // Given: the demo plan in Finnish, 1 500 € a month and 3 000 € in November and December
        var backend = InMemoryPlannerBackend.Demo();
        var view = new BudgetView(new BudgetModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish)), TuiTexts.Finnish);
        var window = new Window { Title = "Budjetti" };
        window.Add(view);
        using var app = new HeadlessApp(window, 80, 24);
        var amount = All<TextField>(view).First();

        // When
        var before = app.Screen();
        amount.Text = "100 000";
        var typed = app.Screen();
        Find<Button>(view, "Tallenna").InvokeCommand(Command.Accept);
        var saved = app.Screen();

        // Then
        before.ShouldContain("Kuukausi");
        before.ShouldContain("Suunniteltu");
        before.ShouldContain("Käytetty");
        before.ShouldContain($"{view.Model.Rows[0].Label,-9}     1 500,00 €");
        before.ShouldMatch(@"11/\d{4} +3 000,00 € +\d[\d ]*,\d\d €  █{20} ");
        before.ShouldMatch(@"1/\d{4} +1 500,00 € +\d[\d ]*,\d\d €  █{10} ");
        before.ShouldContain("✓ Hyvä: raha on jaettu koko suunnitelman ajalle.");
        before.ShouldNotContain("⚠");
        typed.ShouldMatch(@"100 000,00 € +\d[\d ]*,\d\d €  █{20} ");
        typed.ShouldContain("⚠ Suurin osa rahasta menee heti alussa");
        typed.ShouldContain("110\u00A0500,00\u00A0€"); // kept on one line: no-break spaces inside amounts
        typed.ShouldContain("(140\u00A0500,00\u00A0€)");
        typed.ShouldContain("(ei tallennettu)");
        saved.ShouldContain("✓ Budjettisuunnitelma tallennettu: 140 500,00 €, 24 kuukautta.");
        saved.ShouldNotContain("(ei tallennettu)");
        backend.GetBudget().ShouldNotBeNull().Monthly[0].Cents.ShouldBe(10_000_000);
    }

    [Fact]
    public void Without_a_plan_i_can_start_one_from_this_month_in_an_80_by_24_terminal()
    {
        // Given: no plan yet, the clock at March 2027
        var backend = InMemoryPlannerBackend.Empty();
        var view = new BudgetView(new BudgetModel(new PlannerService(backend, Session.Coordinator)), TuiTexts.English);
        var window = new Window { Title = "Budget" };
        window.Add(view);
        using var app = new HeadlessApp(window, 80, 24);

        // When
        var empty = app.Screen();
        Find<Button>(view, "Start a plan of 24 months from Mar 2027").InvokeCommand(Command.Accept);
        var started = app.Screen();

        // Then
        empty.ShouldContain("No budget plan has been made yet.");
        started.ShouldContain("Mar 2027");
        started.ShouldContain("Planned 0.00 € · spent 0.00 € · left 0.00 €");
        started.ShouldContain("(not saved)");
        started.ShouldContain("Amount for Mar 2027:");
        started.ShouldContain("Save");
        view.Lines.Count.ShouldBe(24);
        backend.GetBudget().ShouldBeNull();
    }

    [Fact]
    public void I_can_choose_a_month_with_the_arrow_keys_type_its_amount_and_save_with_enter()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var view = new BudgetView(new BudgetModel(new PlannerService(backend, Session.Coordinator)), TuiTexts.English);
        var window = new Window { Title = "Budget" };
        window.Add(view);
        using var app = new HeadlessApp(window, 80, 24);
        var months = All<ListView>(view).Single();
        var amount = All<TextField>(view).First();
        months.SetFocus();

        // When: down to the 15th month, then into its amount field
        for (var i = 0; i < 14; i++)
        {
            app.App.InjectKey(Key.CursorDown);
        }

        var chosen = app.Screen();
        amount.SetFocus();
        amount.SelectAll();
        foreach (var key in "2 500,50")
        {
            app.App.InjectKey(new Key(key));
        }

        app.App.InjectKey(Key.Enter);
        var saved = app.Screen();

        // Then
        var fifteenth = view.Model.Rows[14];
        view.Model.Selected.ShouldBe(14);
        chosen.ShouldContain($"Amount for {fifteenth.Label}:");
        chosen.ShouldContain(fifteenth.Label + " ");
        saved.ShouldContain("✓ Budget plan saved");
        backend.GetBudget().ShouldNotBeNull().Monthly[14].ShouldBe(Core.Finance.Money.Parse("2 500,50"));
    }

    [Fact]
    public void A_member_sees_the_plan_without_fields_to_change_it()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var member = Session.Member(backend.Named("Kahvila Aalto").Id);
        var view = new BudgetView(new BudgetModel(new PlannerService(backend, member)), TuiTexts.English);
        var window = new Window { Title = "Budget" };
        window.Add(view);
        using var app = new HeadlessApp(window, 80, 24);

        // When
        var screen = app.Screen();

        // Then
        screen.ShouldContain("Read only: only the coordinator changes the budget plan.");
        screen.ShouldContain("Planned 42,000.00 €");
        screen.ShouldNotContain("Save");
        All<TextField>(view).ShouldBeEmpty();
        view.HintKeys.ShouldHaveSingleItem().Keys.ShouldBe("↑/↓");
    }

    private static IEnumerable<T> All<T>(View root)
        where T : View
        => root.SubViews.SelectMany(v => (v is T t ? [t] : Enumerable.Empty<T>()).Concat(All<T>(v)));

    private static T Find<T>(View root, string text)
        where T : View
        => All<T>(root).First(v => v.Text == text);
}
