using CoMarketing.Core.Audit;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Tests.Application;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Screens.Coordinator;

[Collection(TerminalGuiCollection.Name)]
public sealed class AuditLogViewTests
{
    [Fact]
    public void I_can_filter_the_audit_log_by_member()
    {
        // Given: two entries by the coordinator and one by the first member of the list
        var clock = new HelsinkiClock();
        var backend = InMemoryPlannerBackend.Demo(clock);
        var first = backend.GetAllBusinesses()[0];
        var at = new DateTimeOffset(2027, 2, 27, 10, 0, 0, TimeSpan.Zero);
        backend.AuditEntries.AddRange([
            new AuditEntry(1, Actor.Coordinator, at, "association.update", "Updated the association settings."),
            new AuditEntry(2, Actor.Member(first.Id), at.AddHours(1), "business.update", $"Updated business '{first.Name}'."),
            new AuditEntry(3, Actor.Coordinator, at.AddHours(2), "kiosk.pin.set", "Set the kiosk PIN of X."),
        ]);
        var model = new AuditLogModel(new PlannerService(backend, Session.Coordinator, TuiTexts.English), clock);
        using var terminal = new HeadlessTerminal(100, 30).Show(new AuditLogView(model));
        var all = terminal.Screen;

        // When: in the "who" list: anyone, coordinator, guest, command line, then the first member
        terminal.Press(Key.CursorDown, Key.CursorDown, Key.CursorDown, Key.CursorDown).Press(Key.Enter);

        // Then
        all.ShouldContain("Showing 3 of 3 entries.", customMessage: all);
        terminal.Screen.ShouldContain($"27.2.2027 13:00  {first.Name}  business.update", customMessage: terminal.Screen);
        terminal.Screen.ShouldNotContain("association.update  Updated");
        terminal.Screen.ShouldContain("✓ Showing 1 of 1 entries.");
    }
}
