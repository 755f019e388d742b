using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>
/// "Back up now" (copy the database, then check the copy) and "check the database". The work itself
/// (<see cref="RunBackup"/>, <see cref="RunCheck"/>) touches no screen state, so a view runs it off the UI thread and
/// hands the outcome back with <see cref="Finish"/> on the UI thread.
/// </summary>
public sealed class BackupModel
{
    private readonly PlannerService _service;

    /// <exception cref="DomainException">The session is not the coordinator's.</exception>
    public BackupModel(PlannerService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (!service.Session.IsCoordinator)
        {
            throw new DomainException(service.ToolTexts.Get("PermCoordinatorTool"));
        }

        _service = service;
    }

    public ToolTexts Texts => _service.ToolTexts;

    /// <summary>Where to write the backup; empty for a time-stamped file beside the database.</summary>
    public string Target { get; set; } = string.Empty;

    public bool Running { get; private set; }

    /// <summary>What the last run found: the problems, one per line (empty when all was well).</summary>
    public IReadOnlyList<string> Lines { get; private set; } = [];

    public ToolMessage? Message { get; private set; }

    /// <summary>Marks the work started; false (with a message) while another run is still going.</summary>
    public bool TryStart()
    {
        if (Running)
        {
            Message = ToolMessage.Error(Texts.Get("Busy"));
            return false;
        }

        Running = true;
        Message = null;
        Lines = [];
        return true;
    }

    /// <summary>Copies the database, then checks the copy. Safe on any thread.</summary>
    public BackupOutcome RunBackup(string target, IProgress<BackupStep> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return Guard(() =>
        {
            progress.Report(new BackupStep(1, 2, Texts.Get("StepCopy")));
            var path = _service.Backup(target);
            progress.Report(new BackupStep(2, 2, Texts.Get("StepCheckCopy")));
            var problems = _service.CheckBackup(path);
            return problems.Count == 0
                ? new BackupOutcome(ToolMessage.Done(Texts.Format("BackupDone", path)), [])
                : new BackupOutcome(ToolMessage.Error(Texts.Format("BackupProblems", path)), problems);
        });
    }

    /// <summary>Checks the database. Safe on any thread.</summary>
    public BackupOutcome RunCheck(IProgress<BackupStep> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return Guard(() =>
        {
            progress.Report(new BackupStep(1, 1, Texts.Get("StepCheck")));
            var problems = _service.CheckDatabase();
            return problems.Count == 0
                ? new BackupOutcome(ToolMessage.Done(Texts.Get("CheckDone")), [])
                : new BackupOutcome(ToolMessage.Error(Texts.Format("CheckProblems", problems.Count)), problems);
        });
    }

    /// <summary>Shows the outcome of a run (on the UI thread).</summary>
    public void Finish(BackupOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        Running = false;
        Message = outcome.Message;
        Lines = outcome.Problems;
    }

    private BackupOutcome Guard(Func<BackupOutcome> work)
    {
        try
        {
            return work();
        }
        catch (Exception error) when (error is DomainException or IOException or UnauthorizedAccessException)
        {
            return new BackupOutcome(ToolMessage.Error(Texts.Format("WorkFailed", Texts.Message(error))), []);
        }
    }
}
