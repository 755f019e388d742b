using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CoMarketing.Cli.Planner;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Screens.Businesses;
using CoMarketing.Tui.Shell;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace CoMarketing.Benchmarks.Tui;

/// <summary>
/// Keystroke → redrawn frame in the planner's business list over 100 and 10 000 members (target: at most 16 ms at 10 000): the real
/// <see cref="PlannerWindow"/> on a LiteDB file, in a headless Terminal.Gui 2.5.0 application (ANSI driver without
/// terminal I/O, 120×40), each operation one key injected and the whole screen laid out and drawn.
/// Run: <c>dotnet run -c Release --project tests/CoMarketing.Benchmarks -- --filter '*BusinessTable*'</c>.
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
public class BusinessTableBenchmark
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comarketing-bench-table-" + Guid.NewGuid().ToString("N"));
    private IApplication _app = null!;
    private PlannerWindow _window = null!;
    private SessionToken? _session;
    private int _keystroke;
    private bool _filterOpen;

    /// <summary>Members in the list: a small association against the target's 10 000 (shows what is per-frame cost).</summary>
    [Params(100, 10_000)]
    public int Members { get; set; } = 10_000;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        var store = SyntheticDatabase.Create(Path.Combine(_folder, "big.db"), Members);
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        _app = Application.Create(new VirtualTimeProvider());
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(120, 40);
        // Read at once, not behind LoadingView's spinner: this measures keys on the open list, not the reading.
        var shell = new PlannerShell(new StoreBackend(store, TimeProvider.System), TimeProvider.System, TuiTexts.English, kiosk: false)
        {
            BackgroundLoadFrom = int.MaxValue,
        };
        shell.SignIn(Session.Coordinator);
        _window = new PlannerWindow(shell);
        _window.Attach(_app);
        _session = _app.Begin(_window);
        _window.OpenArea("MenuBusinesses");
        if (_window.Current is not BusinessesView list || list.Model.Total < Members * 9 / 10)
        {
            throw new InvalidOperationException($"The business list did not open with the generated members: {_window.Current.GetType().Name}, {(_window.Current as BusinessesView)?.Model.Total} rows.");
        }

        Console.WriteLine($"// The business list shows {list.Model.Total} members.");

        _app.LayoutAndDraw(true);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_session is not null)
        {
            _app.End(_session);
        }

        _window.Dispose();
        _app.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "↓ or ↑, then the frame")]
    public int ArrowKey() => Frame(_keystroke++ % 2 == 0 ? Key.CursorDown : Key.CursorUp);

    [Benchmark(Description = "PgDn or PgUp, then the frame")]
    public int PageKey() => Frame(_keystroke++ % 2 == 0 ? Key.PageDown : Key.PageUp);

    [Benchmark(Description = "sort by the next column (s), then the frame")]
    public int SortKey() => Frame(new Key('s'));

    [Benchmark(Description = "↓ or ↑, then a forced full redraw (a resize's cost)")]
    public int ArrowKeyFullRedraw() => Frame(_keystroke++ % 2 == 0 ? Key.CursorDown : Key.CursorUp, forced: true);

    /// <summary>Typing in the <c>/</c> filter: a letter, then Backspace, each a key and its frame (every row is searched).</summary>
    [Benchmark(Description = "a letter or Backspace in the / filter, then the frame")]
    public int FilterKey()
    {
        if (!_filterOpen)
        {
            Frame(new Key('/'));
            Frame(new Key('k'));
            _filterOpen = true;
        }

        return Frame(_keystroke++ % 2 == 0 ? new Key('a') : Key.Backspace);
    }

    /// <summary>A main-loop pass with no key: nothing changed, so nothing should be drawn (a view that marks itself dirty shows here).</summary>
    [Benchmark(Description = "no key, the main loop's frame")]
    public int Idle()
    {
        _app.LayoutAndDraw(false);
        return _app.Driver!.Cols;
    }

    /// <summary>One key, then the frame as the main loop draws it (only what changed, unless <paramref name="forced"/>).</summary>
    private int Frame(Key key, bool forced = false)
    {
        _app.InjectKey(key);
        _app.LayoutAndDraw(forced);
        return _app.Driver!.Cols;
    }

    /// <summary>In-process (no generated project to build on a shared machine), a short run with the median beside the mean.</summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.Median);
        }
    }
}
