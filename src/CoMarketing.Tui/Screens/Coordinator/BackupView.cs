using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>
/// "Back up now" and "Check the database" over <see cref="BackupModel"/>. The work runs on the thread pool; each step
/// and the outcome are handed back to the UI thread with <see cref="IApplication.Invoke(Action)"/>, so the planner
/// stays responsive and the progress bar moves while the copy is made.
/// </summary>
public sealed class BackupView : Window
{
    private readonly BackupModel _model;
    private readonly TextField _target;
    private readonly ProgressBar _progress;
    private readonly Label _step;
    private readonly ListView _problems;
    private readonly Label _message;

    public BackupView(BackupModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        var texts = model.Texts;
        Title = texts.Get("ToolBackup");
        _target = ToolLayout.Field(this, texts.Get("BackupTarget"), model.Target, 0, 55);
        Add(new Label { Text = $"({texts.Get("BackupTargetHint")})", X = ToolLayout.LabelWidth + 1, Y = 1 });
        _progress = new ProgressBar { X = 0, Y = 3, Width = Dim.Fill(), Height = 1 };
        _step = new Label { X = 0, Y = 4, Width = Dim.Fill(), Text = string.Empty };
        Add(_progress, _step);
        _problems = ToolLayout.List(this, 0, 6, Dim.Fill());
        _message = ToolLayout.MessageLine(this);
        ToolLayout.Buttons(
            this,
            (texts.Get("BackupNow"), () => Start(progress => _model.RunBackup(_model.Target, progress))),
            (texts.Get("CheckNow"), () => Start(_model.RunCheck)));
    }

    /// <summary>The work running now (or last run); tests wait on it.</summary>
    public Task Work { get; private set; } = Task.CompletedTask;

    private void Start(Func<IProgress<BackupStep>, BackupOutcome> work)
    {
        _model.Target = _target.Text;
        if (!_model.TryStart())
        {
            ToolLayout.ShowMessage(_message, _model.Message);
            return;
        }

        ToolLayout.ShowMessage(_message, null);
        ToolLayout.Fill(_problems, []);
        _progress.Fraction = 0;
        var app = App;
        if (app is null)
        {
            Finish(work(new StepReporter(Show)));
            return;
        }

        var progress = new StepReporter(step => app.Invoke(() => Show(step)));
        Work = Task.Run(() => work(progress)).ContinueWith(
            done => app.Invoke(() => Finish(done.IsFaulted
                ? new BackupOutcome(ToolMessage.Error(_model.Texts.Format("WorkFailed", _model.Texts.Message(done.Exception!.GetBaseException()))), [])
                : done.Result)),
            TaskScheduler.Default);
    }

    private void Show(BackupStep step)
    {
        _progress.Fraction = step.Fraction;
        _step.Text = $"{step.Number}/{step.Of}  {step.Text}";
    }

    private void Finish(BackupOutcome outcome)
    {
        _model.Finish(outcome);
        _progress.Fraction = 1;
        _step.Text = string.Empty;
        ToolLayout.Fill(_problems, _model.Lines);
        ToolLayout.ShowMessage(_message, _model.Message);
    }

    /// <summary>Reports each step straight to a callback (no synchronisation context is assumed).</summary>
    private sealed class StepReporter(Action<BackupStep> report) : IProgress<BackupStep>
    {
        public void Report(BackupStep value) => report(value);
    }
}
