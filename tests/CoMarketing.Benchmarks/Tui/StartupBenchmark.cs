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
/// Three forms of the planner: the <c>dotnet build</c> output next to the benchmarks (JIT-compiled), the installed
/// form, made once per run with README's install command (<c>dotnet publish src/CoMarketing.Cli -c Release -o DIR</c>,
/// which precompiles it ReadyToRun for this machine), and the Native AOT executable (the same command with
/// <c>-r linux-x64 -p:PublishAot=true</c>), which is started itself instead of through <c>dotnet</c>.
/// </remarks>
[Config(typeof(ProcessConfig))]
public class StartupBenchmark
{
    private const string BuildOutput = "dotnet build";
    private const string Published = "dotnet publish";
    private const string NativeAot = "dotnet publish -p:PublishAot=true";
    private static readonly Lazy<string> PublishedPlanner = new(() => PublishPlanner(aot: false));
    private static readonly Lazy<string> NativePlanner = new(() => PublishPlanner(aot: true));
    private string _folder = string.Empty;
    private string _database = string.Empty;
    private string _planner = string.Empty;

    /// <summary>Which form of the planner is started.</summary>
    [Params(BuildOutput, Published, NativeAot)]
    public string Planner { get; set; } = BuildOutput;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "comarketing-bench", Guid.NewGuid().ToString("N"));
        _database = Path.Combine(_folder, "big.db");
        SyntheticDatabase.Create(_database, 10_000);
        _planner = Planner switch
        {
            Published => PublishedPlanner.Value,
            NativeAot => NativePlanner.Value,
            _ => Path.Combine(AppContext.BaseDirectory, "comarketing.dll"),
        };
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "hello-world .NET console")]
    public int HelloWorld() => Launch(Path.Combine(AppContext.BaseDirectory, "CoMarketing.Benchmarks.dll"), ["hello"]);

    [Benchmark(Description = "comarketing --once, 10 000 businesses")]
    public int PlannerFirstFrame() => Launch(_planner, ["--once", "--lang", "en", "--db", _database]);

    /// <summary>Starts <c>dotnet X.dll</c>, or a native executable itself.</summary>
    private static int Launch(string dll, string[] arguments)
    {
        var native = !dll.EndsWith(".dll", StringComparison.Ordinal);
        var start = new ProcessStartInfo(native ? dll : "dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        if (!native)
        {
            start.ArgumentList.Add(dll);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 && output.Length > 0 ? output.Length : throw new InvalidOperationException($"{dll} failed: exit {process.ExitCode}.");
    }

    /// <summary>
    /// Runs README's install command (with <paramref name="aot"/>, its Native AOT form) into a temporary folder; returns
    /// the published <c>comarketing.dll</c> or native <c>comarketing</c>.
    /// </summary>
    private static string PublishPlanner(bool aot)
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

        var output = Path.Combine(Path.GetTempPath(), "comarketing-bench", aot ? "native" : "published");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        string[] native = aot ? ["-r", "linux-x64", "-p:PublishAot=true"] : [];
        foreach (var argument in new[] { "publish", Path.Combine(repository.FullName, "src", "CoMarketing.Cli"), "-c", "Release", "-o", output }.Concat(native))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet publish.");
        var log = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? Path.Combine(output, aot ? "comarketing" : "comarketing.dll") : throw new InvalidOperationException($"dotnet publish failed:\n{log}");
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
