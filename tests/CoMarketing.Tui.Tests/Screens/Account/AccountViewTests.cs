using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Account;
using CoMarketing.Tui.Tests.Application;
using CoMarketing.Tui.Tests.Screens.Coordinator;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Screens.Account;

[Collection(TerminalGuiCollection.Name)]
public sealed class AccountViewTests
{
    [Fact]
    public void I_can_change_my_pin_after_typing_the_old_one_wrong()
    {
        // Given
        var clock = new HelsinkiClock();
        var backend = InMemoryPlannerBackend.Demo(clock);
        var cafe = backend.Named("Kahvila Aalto").Id;
        backend.Accounts.SetMemberPin(cafe, "2580", Actor.Coordinator);
        var model = new ChangePinModel(new PlannerService(backend, Session.Member(cafe), TuiTexts.Finnish), clock);
        using var terminal = new HeadlessTerminal(80, 24).Show(new ChangePinView(model));

        // When: a wrong current PIN, then the right one (the new PIN fields keep their text)
        terminal.Type("9999").Press(Key.Tab).Type("3691").Press(Key.Tab).Type("3691").Press(Key.Enter);
        var wrong = terminal.Screen;
        terminal.Press(Key.Tab.WithShift, Key.Tab.WithShift).Type("2580").Press(Key.Enter);

        // Then
        wrong.ShouldContain("↳ Väärä PIN-koodi. Yrityksiä ennen lukitusta: 2.", customMessage: wrong);
        terminal.Screen.ShouldContain("✓ PIN-koodisi vaihdettiin.", customMessage: terminal.Screen);
        backend.Accounts.PinOf(cafe).ShouldBe("3691");
    }

    [Fact]
    public void I_can_become_the_coordinator_of_the_demo_by_choosing_a_pin()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        PlannerService? signedIn = null;
        var model = new ClaimCoordinatorModel(new PlannerService(backend, Session.Guest, TuiTexts.English));
        using var terminal = new HeadlessTerminal(80, 24).Show(new ClaimCoordinatorView(model, service => signedIn = service));
        var intro = terminal.Screen;

        // When
        terminal.Type("470815").Press(Key.Tab).Type("470815").Press(Key.Enter);

        // Then
        intro.ShouldContain("Whoever chooses one now becomes the", customMessage: intro);
        terminal.Screen.ShouldContain("✓ You are now the coordinator.", customMessage: terminal.Screen);
        signedIn.ShouldNotBeNull().Session.IsCoordinator.ShouldBeTrue();
        backend.Accounts.Writes.ShouldHaveSingleItem().ShouldBe(new BackendWrite("SetCoordinatorPin", Actor.Guest));
    }

    [Fact]
    public void I_can_mark_a_competitor_fine_together_as_a_member()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var own = backend.Named("Kahvila Aalto");
        var model = new PairMarksModel(new PlannerService(backend, Session.Member(own.Id), TuiTexts.English));
        var kuura = model.Others.ToList().FindIndex(o => o.Other.Name == "Kahvila Kuura");
        using var terminal = new HeadlessTerminal(80, 60).Show(new PairMarksView(model));

        // When: down the list to Kahvila Kuura, then the second button
        terminal.Press(Key.Home);
        for (var i = 0; i < kuura; i++)
        {
            terminal.Press(Key.CursorDown);
        }

        terminal.Press(Key.Tab, Key.Tab).Press(Key.Enter);

        // Then
        terminal.Screen.ShouldContain("Kahvila Kuura — fine together", customMessage: terminal.Screen);
        backend.GetPairPreferences().ShouldContain(new PairPreference(own.Id, backend.Named("Kahvila Kuura").Id, PairPreferenceKind.FineTogether));
    }
}
