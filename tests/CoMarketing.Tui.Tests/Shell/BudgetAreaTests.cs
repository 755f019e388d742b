using CoMarketing.Tui.Application;

namespace CoMarketing.Tui.Tests.Shell;

public sealed class BudgetAreaTests
{
    [Fact]
    public void The_Coordinator_Should_Open_The_Budget_From_The_Planner_Menu()
    {
        // Given
        using var planner = new Headless();
        planner.Shell.SignIn(Session.Coordinator);

        // When
        planner.Window.OpenArea("MenuBudget");
        var screen = planner.Screen;

        // Then
        screen.ShouldContain("Month            Planned          Spent");
        screen.ShouldContain("Planned 42,000.00 €");
        screen.ShouldContain("Save");
    }

    [Fact]
    public void A_Member_Should_Not_Reach_The_Budget_From_The_Menu()
    {
        // Given
        using var planner = new Headless();
        planner.Shell.SignIn(Session.Member(planner.Backend.Named("Kahvila Aalto").Id));

        // When
        planner.Window.OpenArea("MenuBudget");

        // Then
        planner.Screen.ShouldNotContain("Planned 42,000.00 €");
        planner.Window.MenuTitles(planner.Shell.Current.Session).ShouldNotContain("Budget");
    }
}
