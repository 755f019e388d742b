using CoMarketing.Tui.Application;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Screens.Overview;
using CoMarketing.Tui.Screens.Welcome;
using Terminal.Gui.Text;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// The planner's main window: the menu bar (F9/F10) built from <see cref="AreaCatalogue"/> for whoever is signed in,
/// the open view, and the status bar with the F-keys and the focused view's key hints. Views open over each other
/// (Esc goes back); only <see cref="Quit"/> may stop the window, so Esc never closes the planner.
/// </summary>
public sealed partial class PlannerWindow : Window, IAreaNavigation
{
    private readonly List<View> _open = [];
    private readonly View _content;
    private readonly Label _who;
    private readonly Label _title;
    private readonly StatusBar _status;
    private readonly Shortcut _hints;
    private MenuBar _menu;
    private Session? _menuSession;
    private bool _stopAllowed;
    private Terminal.Gui.App.IApplication? _app;

    public PlannerWindow(PlannerShell shell)
    {
        ArgumentNullException.ThrowIfNull(shell);
        Shell = shell;
        Context = new AreaContext(shell, this);
        BorderStyle = Terminal.Gui.Drawing.LineStyle.None;
        _menu = new MenuBar { Width = Dim.Auto() };
        _who = new Label { X = Pos.AnchorEnd(), Y = 0 };
        _title = new Label { X = Pos.Right(_menu) + 1, Y = 0, Width = Dim.Fill(Dim.Func(_ => _who.Frame.Width + 1)) };
        _content = new AreaHost { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(1), CanFocus = true };
        _hints = new Shortcut { Title = "", CanFocus = false };
        _status = new StatusBar(
        [
            new Shortcut(Terminal.Gui.Input.Key.F1, shell.Texts.Get("ShellHelp"), ShowHelp),
            new Shortcut(MenuBar.DefaultKey, shell.Texts.Get("ShellMenu"), OpenMenu),
            _hints,
        ]);
        Add(_menu, _title, _who, _content, _status);
        FrameChanged += (_, _) => FitTitle();
        IsRunningChanging += (_, args) => args.Cancel = !args.NewValue && !_stopAllowed;
        Welcome();
    }

    public PlannerShell Shell { get; }

    protected override bool OnClearingViewport() => UncoveredClear.Gaps(this);

    public AreaContext Context { get; }

    /// <summary>True once <see cref="Quit"/> was asked: the only way the window lets itself be stopped.</summary>
    public bool IsQuitting => _stopAllowed;

    /// <summary>The view shown now (the last opened).</summary>
    public View Current => _open[^1];

    /// <summary>The open views, the first (welcome or overview) first.</summary>
    public IReadOnlyList<View> OpenViews => _open;

    public void Open(View view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (_open.Count > 0)
        {
            _content.Remove(Current);
        }

        _open.Add(view);
        Show(view);
    }

    public void Replace(View current, View next)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(next);
        if (_open.Count == 0 || !ReferenceEquals(Current, current))
        {
            next.Dispose();
            return;
        }

        _content.Remove(current);
        _open[^1] = next;
        current.Dispose();
        Show(next);
    }

    public void Invoke(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if ((_app ?? App) is { } app)
        {
            app.Invoke(action);
            return;
        }

        action();
    }

    public void Back()
    {
        if (_open.Count <= 1)
        {
            return;
        }

        var closing = Current;
        _content.Remove(closing);
        _open.RemoveAt(_open.Count - 1);
        closing.Dispose();
        Show(Current);
    }

    public void Reset(View view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var open in _open)
        {
            _content.Remove(open);
            open.Dispose();
        }

        _open.Clear();
        Open(view);
    }

    public void Welcome()
    {
        Shell.SignOut();
        Reset(new WelcomeView(Context));
    }

    public void Home(string? notice = null) => Reset(new OverviewView(Context, notice));

    /// <summary>Connects the window to <paramref name="app"/>: a message from Notify stays until the next key.</summary>
    public void Attach(Terminal.Gui.App.IApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _app = app;
        app.Keyboard.KeyDown += (_, _) => ClearNotification();
    }

    public void Quit()
    {
        _stopAllowed = true;
        RequestStop();
    }

    public void Refresh()
    {
        var session = Shell.Current.Session;
        if (!ReferenceEquals(session, _menuSession))
        {
            RebuildMenu(session);
        }

        // Only what changed is set, so a key that changes nothing here (a sort, a filter) redraws only its own view.
        var hints = Current as IKeyHints;
        Changed(Title, hints is null ? Shell.Texts.AppName : $"{Shell.Texts.AppName} › {hints.HintTitle}", text => Title = text);
        Changed(_who.Text, WhoIsSignedIn(session), text => _who.Text = text);
        FitTitle();
        Changed(_hints.Title, hints is null ? "" : string.Join("  ", hints.HintKeys.Where(k => k.InFooter).Select(k => $"{k.Keys} {k.Description}")), text => _hints.Title = text);
    }

    private static void Changed(string now, string wanted, Action<string> set)
    {
        if (!string.Equals(now, wanted, StringComparison.Ordinal))
        {
            set(wanted);
        }
    }

    private void Show(View view)
    {
        ClearNotification();
        _content.Add(view);
        view.SetFocus();
        Refresh();
    }

    private string WhoIsSignedIn(Session session) => Shell.Texts.Format("ShellSignedIn", SignedInName(session));

    private string SignedInName(Session session)
    {
        var texts = Shell.Texts;
        return session.IsCoordinator ? texts.Coordinator
            : session.BusinessId is { } id ? Shell.Backend.GetBusiness(id)?.Name ?? texts.Guest
            : texts.Guest;
    }

    /// <summary>
    /// The title row between the menus and who is signed in: "CoMarketing › title · status" where it fits, else without
    /// the application's name; who is signed in always keeps its room (the title is what gets cut).
    /// </summary>
    private void FitTitle()
    {
        var hints = Current as IKeyHints;
        if (hints is null)
        {
            _title.Text = Shell.Texts.AppName;
            return;
        }

        var core = hints.HintTitle;
        var full = $"{Shell.Texts.AppName} › {core}";
        var width = Frame.Width > 0 ? Frame.Width : App?.Screen.Width ?? 80;
        var room = width - _menu.Frame.Width - _who.Text.GetColumns() - 2;
        Changed(_title.Text, full.GetColumns() <= room ? full : WordFit.Fit(core, room), text => _title.Text = text); // cut at a word, never mid-word
    }
}
