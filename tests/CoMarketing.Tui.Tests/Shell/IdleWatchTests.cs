using CoMarketing.Tui.Application;
using CoMarketing.Tui.Screens.Businesses;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Shell;

[Collection(TerminalCollection.Name)]
public sealed class IdleWatchTests
{
    [Fact]
    public void The_Countdown_Should_Show_30_Seconds_Before_The_Return_And_A_Key_Should_Continue()
    {
        // Given: the association's idle time (3 minutes in the demo)
        using var planner = new Headless();
        var timeout = planner.Shell.IdleTimeout;

        // When
        planner.Advance(timeout - TimeSpan.FromSeconds(29));

        // Then
        planner.Window.Notice.ShouldNotBeNull().ShouldContain("back to the welcome screen in 29 s");
        planner.Screen.ShouldContain("in 29 s");
        planner.Press(Key.Space);
        planner.Window.Notice.ShouldBeNull();
        planner.Idle.IsWarning.ShouldBeFalse();
    }

    [Fact]
    public void An_Unsaved_Form_Should_Be_Kept_As_A_Draft_When_The_Kiosk_Returns_To_Welcome()
    {
        // Given: a member typing into its own business's editor
        using var planner = new Headless();
        var business = planner.Backend.Named("Kahvila Aalto");
        planner.Shell.SignIn(Session.Member(business.Id));
        planner.Window.Reset(BusinessOpener.Open(planner.Window.Context, business.Id));
        planner.Type(" uusi");

        // When
        planner.Advance(planner.Shell.IdleTimeout + TimeSpan.FromSeconds(1));

        // Then
        planner.Shell.Current.Session.ShouldBe(Session.Guest);
        planner.Screen.ShouldContain("1. Sign in as a member");
        var draft = planner.Backend.DraftStore.All.ShouldHaveSingleItem();
        draft.Key.BusinessId.ShouldBe(business.Id);
        draft.Value.ShouldContain("uusi");
    }
}
