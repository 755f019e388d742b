using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CoMarketing.Benchmarks.Tui;

/// <summary>
/// Start-up to the first frame: <c>comarketing --once</c> on a 10 000-business database, against a hello-world .NET
/// console start measured in the same run (target: at most 3×). Each operation launches a process and waits for it.
/// </summary>
/// <remarks>
/// Two forms of the planner: the <c>dotnet build</c> output next to the benchmarks (JIT-compiled), and the installed
/// form, made once per run with README's install command (<c>dotnet publish src/CoMarketing.Cli -c Release -o DIR</c>,
/// which precompiles it ReadyToRun for this machine).
/// </remarks>
[Config(typeof(ProcessConfig))]
public class StartupBenchmark
{
    private const string BuildOutput = "dotnet build";
    private const string Published = "dotnet publish";
    private static readonly Lazy<string> PublishedPlanner = new(PublishPlanner);
    private string _folder = string.Empty;
    private string _database = string.Empty;
    private string _planner = string.Empty;

    /// <summary>Which form of the planner is started.</summary>
    [Params(BuildOutput, Published)]
    public string Planner { get; set; } = BuildOutput;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "comarketing-bench", Guid.NewGuid().ToString("N"));
        _database = Path.Combine(_folder, "big.db");
        SyntheticDatabase.Create(_database, 10_000);
        _planner = Planner == Published ? PublishedPlanner.Value : Path.Combine(AppContext.BaseDirectory, "comarketing.dll");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "hello-world .NET console")]
    public int HelloWorld() => Launch(Path.Combine(AppContext.BaseDirectory, "CoMarketing.Benchmarks.dll"), ["hello"]);

    [Benchmark(Description = "comarketing --once, 10 000 businesses")]
    public int PlannerFirstFrame() => Launch(_planner, ["--once", "--lang", "en", "--db", _database]);

    private static int Launch(string dll, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 && output.Length > 0 ? output.Length : throw new InvalidOperationException($"{dll} failed: exit {process.ExitCode}.");
    }

    /// <summary>Runs README's install command into a temporary folder; returns the published <c>comarketing.dll</c>.</summary>
    private static string PublishPlanner()
    {
        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "CoMarketing.sln")))
        {
            repository = repository.Parent;
        }

        if (repository is null)
        {
            throw new InvalidOperationException("The benchmarks must run from inside the repository (CoMarketing.sln not found).");
        }

        var output = Path.Combine(Path.GetTempPath(), "comarketing-bench", "published");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in new[] { "publish", Path.Combine(repository.FullName, "src", "CoMarketing.Cli"), "-c", "Release", "-o", output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet publish.");
        var log = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? Path.Combine(output, "comarketing.dll") : throw new InvalidOperationException($"dotnet publish failed:\n{log}");
    }

    /// <summary>
    /// In-process (the launches are what is measured), each iteration one process start; 20 of them and the median
    /// beside the mean, because the build machine is shared and a busy second skews a mean.
    /// </summary>
    private sealed class ProcessConfig : ManualConfig
    {
        public ProcessConfig()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(20).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(StatisticColumn.Median);
        }
    }
}
