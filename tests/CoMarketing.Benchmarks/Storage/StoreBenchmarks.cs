using BenchmarkDotNet.Attributes;
using CoMarketing.Core.Audit;
using CoMarketing.Storage;
using CoMarketing.Storage.Conversion.Sqlite;

namespace CoMarketing.Benchmarks.Storage;

/// <summary>
/// The LiteDB store next to the earlier SQLite store (kept in <c>Conversion/Sqlite</c> to convert old files, reachable
/// here only), on the same machine in the same run: open plus the planner's first screen, loading every business,
/// one change committed (a business updated, with its audit entry) and a 5 000-row import.
/// </summary>
/// <remarks>
/// The import adds 5 000 more businesses at each invocation, so its file grows by 5 000 per invocation (about 7).
/// Run: <c>dotnet run -c Release --project tests/CoMarketing.Benchmarks -- --filter '*StoreBenchmarks*'</c>.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(StoreBenchmarkConfig))]
public class StoreBenchmarks
{
    private string _folder = string.Empty;
    private string _path = string.Empty;
    private Store? _lite;
    private SqliteStore? _sqlite;
    private Core.Businesses.Business? _target;
    private int _imports;

    [Params("LiteDB", "SQLite")]
    public string Provider { get; set; } = "LiteDB";

    /// <summary>1 000, 10 000 and 100 000, or the sizes in <c>COMARKETING_BENCH_SIZES</c> (comma-separated) for a shorter run.</summary>
    public static IEnumerable<int> Sizes => Environment.GetEnvironmentVariable("COMARKETING_BENCH_SIZES") is { Length: > 0 } sizes
        ? sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
        : [1_000, 10_000, 100_000];

    [ParamsSource(nameof(Sizes))]
    public int Businesses { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "comarketing-bench", Guid.NewGuid().ToString("N"));
        _path = Path.Combine(_folder, "bench.db");
        var rows = BenchData.Many("Yritys", Businesses);
        if (Provider == "LiteDB")
        {
            _lite = Store.Open(_path, TimeProvider.System);
            _target = _lite.Businesses.AddRange(rows, Actor.CommandLine)[Businesses / 2];
        }
        else
        {
            _sqlite = SqliteStore.Open(_path, TimeProvider.System);
            _target = _sqlite.Businesses.AddRange(rows, Actor.CommandLine)[Businesses / 2];
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>What the planner does before its first frame: open the file and read the association's summary.</summary>
    [Benchmark]
    public int OpenAndFirstScreen()
    {
        if (Provider == "LiteDB")
        {
            var summary = Store.Open(_path, TimeProvider.System).Summary();
            return summary.Members + summary.Campaigns + summary.Settings.Population;
        }

        var store = SqliteStore.Open(_path, TimeProvider.System);
        return store.Businesses.Count() + store.Campaigns.GetAll().Count + store.Association.Get().Population;
    }

    [Benchmark]
    public int LoadEveryBusiness() => _lite?.Businesses.GetAll().Count ?? _sqlite!.Businesses.GetAll().Count;

    [Benchmark]
    public void OneChange()
    {
        if (_lite is not null)
        {
            _lite.Businesses.Update(_target!, Actor.Coordinator);
        }
        else
        {
            _sqlite!.Businesses.Update(_target!, Actor.Coordinator);
        }
    }

    [Benchmark]
    public int Import5000Rows()
    {
        var rows = BenchData.Many($"Tuotu {++_imports}", 5_000);
        return _lite?.Businesses.AddRange(rows, Actor.CommandLine).Count ?? _sqlite!.Businesses.AddRange(rows, Actor.CommandLine).Count;
    }
}
