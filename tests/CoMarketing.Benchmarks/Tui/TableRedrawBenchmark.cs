using System.Globalization;
using BenchmarkDotNet.Attributes;
using CoMarketing.Tui.Components;
using CoMarketing.Tui.Host;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Benchmarks.Tui;

/// <summary>
/// Key → redrawn frame with 10 000 rows listed (target ≤ 16 ms): the host applies the key to a table screen, composes
/// the whole frame off-screen (ANSI, 256 colours) and turns it into terminal output.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class TableRedrawBenchmark
{
    private static readonly KeyPress Down = KeyPress.Of(Key.Down);
    private static readonly KeyPress Up = KeyPress.Of(Key.Up);
    private static readonly KeyPress Typed = KeyPress.Character('7');
    private static readonly KeyPress Erase = KeyPress.Of(Key.Backspace);

    private TuiHost _host = null!;
    private FrameWriter _writer = null!;
    private TerminalSize _size;
    private int _step;

    [Params(80, 120)]
    public int Width { get; set; }

    [GlobalSetup(Target = nameof(ArrowKey))]
    public void Setup()
    {
        var rows = Enumerable.Range(1, 10_000)
            .Select(i => (Id: i, Name: $"Yritys {i} Oy", Town: i % 3 == 0 ? "Rovaniemi" : "Äänekoski", Industry: (47110 + (i % 90)).ToString(CultureInfo.InvariantCulture)))
            .ToArray();
        var columns = new List<TableColumn<(int Id, string Name, string Town, string Industry)>>
        {
            new("Id", row => row.Id.ToString(CultureInfo.InvariantCulture)) { Width = 6 },
            new("Name", row => row.Name),
            new("Town", row => row.Town),
            new("Industry", row => row.Industry) { Width = 8 },
        };
        var table = new TableView<(int Id, string Name, string Town, string Industry)>(rows, columns, CultureInfo.GetCultureInfo("fi-FI"));
        _size = Width == 80 ? new TerminalSize(80, 24) : new TerminalSize(120, 40);
        var options = new HostOptions
        {
            Texts = TuiTexts.Finnish,
            Render = new RenderSettings(Spectre.Console.ColorSystemSupport.EightBit, Ansi: true, Unicode: true),
            IdleTimeout = null,
        };
        _host = new TuiHost(new TableScreen<(int Id, string Name, string Town, string Industry)>("Yritykset", table), new NullTerminal(_size),
            new ScriptedKeySource([]), TimeProvider.System, options);
        _writer = new FrameWriter();
        _writer.Write(_host.Compose(_size));
    }

    [GlobalSetup(Target = nameof(FilterKeystroke))]
    public void SetupFiltering()
    {
        Setup();
        _host.Process(KeyPress.Character('/'), _size);
    }

    [Benchmark(Description = "arrow key -> frame")]
    public string ArrowKey()
    {
        _host.Process(_step++ % 2 == 0 ? Down : Up, _size);
        return _writer.Write(_host.Compose(_size));
    }

    [Benchmark(Description = "filter keystroke over 10 000 rows -> frame")]
    public string FilterKeystroke()
    {
        _host.Process(_step++ % 2 == 0 ? Typed : Erase, _size);
        return _writer.Write(_host.Compose(_size));
    }
}
