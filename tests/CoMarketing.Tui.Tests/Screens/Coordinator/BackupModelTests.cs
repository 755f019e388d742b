using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Coordinator;

public sealed class BackupModelTests
{
    private readonly InMemoryPlannerBackend _backend = InMemoryPlannerBackend.Demo();

    private sealed class Steps : IProgress<BackupStep>
    {
        public List<BackupStep> Seen { get; } = [];

        public void Report(BackupStep value) => Seen.Add(value);
    }

    [Fact]
    public void Back_Up_Now_Should_Copy_Then_Check_The_Copy_Reporting_Each_Step()
    {
        // Given
        var model = new BackupModel(new PlannerService(_backend, Session.Coordinator, TuiTexts.Finnish)) { Target = "/media/usb/yhdistys.db" };
        var steps = new Steps();

        // When
        model.TryStart().ShouldBeTrue();
        var outcome = model.RunBackup(model.Target, steps);
        model.Finish(outcome);

        // Then
        steps.Seen.ShouldBe([new BackupStep(1, 2, "Kopioidaan tietokantaa…"), new BackupStep(2, 2, "Tarkistetaan kopiota…")]);
        _backend.Backups.Keys.ShouldBe(["/media/usb/yhdistys.db"]);
        model.Message.ShouldBe(ToolMessage.Done("Varmuuskopioitu: /media/usb/yhdistys.db; kopio on kunnossa."));
        model.Running.ShouldBeFalse();
    }

    [Fact]
    public void A_Failed_Backup_Should_Say_Why_And_Leave_The_Tool_Ready_Again()
    {
        var model = new BackupModel(new PlannerService(_backend, Session.Coordinator));
        _backend.Backup("/media/usb/yhdistys.db");

        model.TryStart();
        model.Finish(model.RunBackup("/media/usb/yhdistys.db", new Steps()));

        model.Message.ShouldBe(ToolMessage.Error("Failed: /media/usb/yhdistys.db already exists; a backup never overwrites a file."));
        model.TryStart().ShouldBeTrue();
    }

    [Fact]
    public void A_Check_Should_List_Every_Problem()
    {
        _backend.Problems.AddRange(["campaign 3: cost item 2 has no sharers", "business 7: ages do not sum to 1"]);
        var model = new BackupModel(new PlannerService(_backend, Session.Coordinator));

        model.TryStart();
        model.Finish(model.RunCheck(new Steps()));

        model.Message.ShouldBe(ToolMessage.Error("Problems found: 2"));
        model.Lines.ShouldBe(_backend.Problems);
    }

    [Fact]
    public void A_Second_Start_While_Running_Should_Be_Refused()
    {
        var model = new BackupModel(new PlannerService(_backend, Session.Coordinator));

        model.TryStart().ShouldBeTrue();
        model.TryStart().ShouldBeFalse();

        model.Message.ShouldBe(ToolMessage.Error("Still working; wait for it to finish."));
    }
}
