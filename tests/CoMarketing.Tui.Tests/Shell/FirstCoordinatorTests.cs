using CoMarketing.Tui.Application;
using CoMarketing.Tui.Shell;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Shell;

[Collection(TerminalCollection.Name)]
public sealed class FirstCoordinatorTests
{
    [Fact]
    public void Without_A_Coordinator_PIN_The_First_Person_To_Choose_One_Becomes_The_Coordinator()
    {
        // Given: the demo, no coordinator PIN yet
        using var planner = new Headless();
        planner.Backend.Kiosk.CoordinatorHasPin().ShouldBeFalse();
        planner.Screen.ShouldContain("4. Sign in as the coordinator");

        // When
        planner.Type("4");
        planner.Window.Current.ShouldBeOfType<FirstCoordinatorView>();
        planner.Type("2468");
        planner.Press(Key.Enter);
        planner.Type("2468");
        planner.Press(Key.Enter);

        // Then
        planner.Shell.Current.Session.IsCoordinator.ShouldBeTrue();
        planner.Backend.Kiosk.CoordinatorHasPin().ShouldBeTrue();
        planner.Backend.Kiosk.SignInCoordinator("2468").Succeeded.ShouldBeTrue();
        planner.Screen.ShouldContain("Signed in: coordinator");
    }

    [Fact]
    public void Two_Different_PINs_Should_Be_Refused_And_Nothing_Saved()
    {
        // Given
        using var planner = new Headless();
        planner.Type("4");

        // When
        planner.Type("2468");
        planner.Press(Key.Enter);
        planner.Type("8642");
        planner.Press(Key.Enter);

        // Then
        planner.Screen.ShouldContain("The two PINs differ");
        planner.Backend.Kiosk.CoordinatorHasPin().ShouldBeFalse();
        planner.Shell.Current.Session.ShouldBe(Session.Guest);
    }

    [Fact]
    public void A_Weak_PIN_Should_Be_Refused_With_The_Reason_As_In_The_Tools_Menu()
    {
        // Given
        using var planner = new Headless();
        planner.Type("4");

        // When: digits counting up, typed twice
        planner.Type("1234");
        planner.Press(Key.Enter);
        planner.Type("1234");
        planner.Press(Key.Enter);

        // Then: refused, nobody became the coordinator
        var reason = Core.Kiosk.Pin.CheckNew("1234")!.Message(Core.Association.Language.English);
        planner.Screen.ShouldContain(reason[..reason.IndexOf(';', StringComparison.Ordinal)], customMessage: planner.Screen); // wrapped after the ";"
        planner.Backend.Kiosk.CoordinatorHasPin().ShouldBeFalse();
        planner.Shell.Current.Session.ShouldBe(Session.Guest);
    }
}
