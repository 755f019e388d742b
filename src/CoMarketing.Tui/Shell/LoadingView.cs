using CoMarketing.Tui.Screens;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// Where someone would wait for every member to be read: a spinner and what is being read, while the reading runs on
/// the thread pool. The result is handed back to the UI thread, which builds the screen and puts it in this view's
/// place; Esc goes back meanwhile and the result is dropped. Only an association of at least
/// <see cref="PlannerShell.BackgroundLoadFrom"/> members waits here: a smaller one's screen opens at once, without a
/// spinner flashing past.
/// </summary>
public sealed class LoadingView : View, IKeyHints
{
    private readonly AreaContext _area;
    private readonly SpinnerView _spinner;
    private bool _closed;

    private LoadingView(AreaContext area, string title, string text)
    {
        _area = area;
        HintTitle = title;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        _spinner = new SpinnerView { X = 1, Y = 1, AutoSpin = true };
        var label = new Label { X = 3, Y = 1, Width = Dim.Fill(1), Text = text };
        var hint = new Label { X = 3, Y = 3, Width = Dim.Fill(1), Text = area.Texts.Get("LoadingHint") };
        hint.TextFormatter.WordWrap = true;
        Add(_spinner, label, hint);
    }

    public string HintTitle { get; }

    public IReadOnlyList<KeyBinding> HintKeys => [new("Esc", _area.Texts.KeyBack)];

    /// <summary>The reading and the hand-over to the UI thread (tests wait on it).</summary>
    public Task Work { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// The screen <paramref name="show"/> builds from what <paramref name="load"/> read: built at once for a small
    /// association, else a <see cref="LoadingView"/> saying <paramref name="text"/> that reads on the thread pool and
    /// puts the screen in its place when done (or an error message, naming what failed).
    /// </summary>
    /// <param name="area">The planner and its navigation.</param>
    /// <param name="title">The title while waiting (the title of the screen to come).</param>
    /// <param name="text">What is being read, e.g. "Reading 98,018 members…".</param>
    /// <param name="load">The slow part, without views: it runs on the thread pool.</param>
    /// <param name="show">Builds the screen from the result, on the UI thread.</param>
    public static View Open<T>(AreaContext area, string title, Func<int, string> text, Func<T> load, Func<T, View> show)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(show);
        var members = area.Shell.Backend.CountBusinesses();
        if (members < area.Shell.BackgroundLoadFrom)
        {
            return show(load());
        }

        var view = new LoadingView(area, title, text(members));
        view.Start(load, show);
        return view;
    }

    private void Start<T>(Func<T> load, Func<T, View> show) =>
        Work = Task.Run(load).ContinueWith(done => _area.Navigation.Invoke(() => Finish(done, show)), TaskScheduler.Default);

    private void Finish<T>(Task<T> done, Func<T, View> show)
    {
        if (_closed)
        {
            return; // Esc (or the idle return) went on without it
        }

        _spinner.AutoSpin = false;
        var texts = _area.Texts;
        var next = done.IsCompletedSuccessfully
            ? show(done.Result)
            : new MessageView(texts, HintTitle, texts.Format("LoadingFailed", texts.Message(done.Exception!.GetBaseException())), MessageKind.Error, _area.Navigation.Back);
        _area.Navigation.Replace(this, next);
    }

    protected override void Dispose(bool disposing)
    {
        _closed = true;
        base.Dispose(disposing);
    }
}
