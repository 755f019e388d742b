using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Matching.Synthetic;
using CoMarketing.Storage;

namespace CoMarketing.Benchmarks.Tui;

/// <summary>
/// Start-up to the first frame: <c>comarketing --once</c> on a 10 000-business database, against a hello-world .NET
/// console start measured in the same run (target: at most 3×). Each operation launches a process and waits for it.
/// </summary>
[Config(typeof(ProcessConfig))]
public class StartupBenchmark
{
    private string _folder = string.Empty;
    private string _database = string.Empty;

    /// <summary>Runtime settings tried for the planner's start (environment variables; "default" sets none).</summary>
    [Params("default", "DOTNET_TieredPGO=0", "DOTNET_ReadyToRun=0")]
    public string Runtime { get; set; } = "default";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "comarketing-bench", Guid.NewGuid().ToString("N"));
        _database = Path.Combine(_folder, "big.db");
        var store = Store.Open(_database, TimeProvider.System);
        var generated = AssociationGenerator.Generate(10_000, seed: 7);
        store.Businesses.AddRange([.. generated.Businesses.Select(b => b.WithId(0))], Actor.CommandLine);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "hello-world .NET console")]
    public int HelloWorld() => Launch(Path.Combine(AppContext.BaseDirectory, "CoMarketing.Benchmarks.dll"), ["hello"], "default");

    [Benchmark(Description = "comarketing --once, 10 000 businesses")]
    public int PlannerFirstFrame() =>
        Launch(Path.Combine(AppContext.BaseDirectory, "comarketing.dll"), ["--once", "--lang", "en", "--db", _database], Runtime);

    private static int Launch(string dll, string[] arguments, string runtime)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (runtime != "default")
        {
            foreach (var pair in runtime.Split(';'))
            {
                var parts = pair.Split('=');
                start.Environment[parts[0]] = parts[1];
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 && output.Length > 0 ? output.Length : throw new InvalidOperationException($"{dll} failed: exit {process.ExitCode}.");
    }

    /// <summary>In-process (the launches are what is measured), few iterations: each one is a process start.</summary>
    private sealed class ProcessConfig : ManualConfig
    {
        public ProcessConfig()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithIterationCount(10).WithInvocationCount(1).WithUnrollFactor(1));
        }
    }
}
