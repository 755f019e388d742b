using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/CoMarketing.Benchmarks -- --filter '*'
// Store robustness (kill -9, two writers, backups during writes): ... -- robustness kill|writers|backup [N]
// A file of N generated members: ... -- synthetic 10000 FILE.db
// "hello" is the hello-world start the planner's start-up is compared with (Tui/StartupBenchmark).
if (args is ["hello"])
{
    Console.WriteLine("Hello, World!");
    return 0;
}

// The planner's memory is read from a running planner on such a file (README, "Benchmarks: the planner").
if (args is ["synthetic", var count, var file])
{
    CoMarketing.Benchmarks.Tui.SyntheticDatabase.Create(file, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["robustness", .. var robustness])
{
    return CoMarketing.Benchmarks.Robustness.Robustness.Run(robustness);
}

// A quick look at one key's frame without BenchmarkDotNet (for perf and allocation profiles): ... -- frames arrow|page|sort|full|idle|filter N
if (args is ["frames", var what, var members])
{
    var bench = new CoMarketing.Benchmarks.Tui.BusinessTableBenchmark { Members = int.Parse(members, System.Globalization.CultureInfo.InvariantCulture) };
    bench.Setup();
    for (var round = 0; round < 3; round++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            _ = what switch { "sort" => bench.SortKey(), "full" => bench.ArrowKeyFullRedraw(), "page" => bench.PageKey(), "idle" => bench.Idle(), "filter" => bench.FilterKey(), _ => bench.ArrowKey() };
        }

        Console.WriteLine($"{what}: {watch.Elapsed.TotalMilliseconds / 100:0.00} ms, {(GC.GetAllocatedBytesForCurrentThread() - before) / 100 / 1024.0:0} KB a frame");
    }

    bench.Cleanup();
    return 0;
}

RunBenchmarks(args);
return 0;

// Kept apart so a "hello" start never loads BenchmarkDotNet.
[MethodImpl(MethodImplOptions.NoInlining)]
static void RunBenchmarks(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
