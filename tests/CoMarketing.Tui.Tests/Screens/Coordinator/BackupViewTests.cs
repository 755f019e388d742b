using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Tests.Application;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Screens.Coordinator;

[Collection(TerminalGuiCollection.Name)]
public sealed class BackupViewTests
{
    [Fact]
    public void I_can_back_up_while_the_screen_shows_progress_and_stays_responsive()
    {
        // Given: a backup that waits until the test lets it finish
        var backend = InMemoryPlannerBackend.Demo();
        using var copying = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        backend.DuringBackup = () =>
        {
            copying.Set();
            release.Wait(TimeSpan.FromSeconds(30));
        };
        var view = new BackupView(new BackupModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish)));
        using var terminal = new HeadlessTerminal(80, 24).Show(view);

        // When: a target typed, Enter; the copy is under way
        terminal.Type("/media/usb/yhdistys.db").Press(Key.Enter);
        copying.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue();
        terminal.Advance(TimeSpan.Zero);
        var during = terminal.Screen;
        terminal.Press(Key.Enter);
        var again = terminal.Screen;
        release.Set();
        SpinWait.SpinUntil(() => view.Work.IsCompleted, TimeSpan.FromSeconds(30)).ShouldBeTrue();
        terminal.Advance(TimeSpan.Zero);

        // Then
        during.ShouldContain("1/2  Kopioidaan tietokantaa…", customMessage: during);
        again.ShouldContain("✗ Työ on kesken; odota sen valmistumista.", customMessage: again);
        terminal.Screen.ShouldContain("✓ Varmuuskopioitu: /media/usb/yhdistys.db; kopio on kunnossa.", customMessage: terminal.Screen);
        backend.Backups.Keys.ShouldBe(["/media/usb/yhdistys.db"]);
    }
}
