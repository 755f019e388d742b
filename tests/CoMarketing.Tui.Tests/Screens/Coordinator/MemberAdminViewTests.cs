using CoMarketing.Core.Audit;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Tests.Application;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Screens.Coordinator;

[Collection(TerminalGuiCollection.Name)]
public sealed class MemberAdminViewTests
{
    [Fact]
    public void I_can_reset_a_members_pin_after_a_weak_one_is_refused()
    {
        // Given: the members listed by name; the first is chosen
        var clock = new HelsinkiClock();
        var backend = InMemoryPlannerBackend.Demo(clock);
        var model = new MemberAdminModel(new PlannerService(backend, Session.Coordinator, TuiTexts.English), clock);
        var first = model.Members[0].Business;
        using var terminal = new HeadlessTerminal(100, 24).Show(new MemberAdminView(model));

        // When: a weak PIN, then a good one typed twice
        terminal.Press(Key.Home).Press(Key.Tab).Type("1111").Press(Key.Tab).Type("1111").Press(Key.Enter);
        var refused = terminal.Screen;
        terminal.Press(Key.Tab.WithShift).Press(Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace).Type("2580")
            .Press(Key.Tab).Press(Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace).Type("2580");
        var typed = terminal.Screen;
        terminal.Press(Key.Enter);

        // Then
        refused.ShouldContain($"{first.Name} — no PIN", customMessage: refused);
        refused.ShouldContain("↳ A PIN of one repeated digit", customMessage: refused);
        typed.ShouldNotContain("2580", customMessage: typed);
        terminal.Screen.ShouldContain($"✓ New PIN set for {first.Name}.", customMessage: terminal.Screen);
        backend.Accounts.PinOf(first.Id).ShouldBe("2580");
        backend.Accounts.Writes.ShouldHaveSingleItem().ShouldBe(new BackendWrite("SetMemberPin", Actor.Coordinator, first.Id));
    }
}
