using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/CoMarketing.Benchmarks -- --filter '*'
// "hello" is the hello-world start the planner's start-up is compared with (Tui/StartupBenchmark).
if (args is ["hello"])
{
    Console.WriteLine("Hello, World!");
    return;
}

RunBenchmarks(args);

// Kept apart so a "hello" start never loads BenchmarkDotNet.
[MethodImpl(MethodImplOptions.NoInlining)]
static void RunBenchmarks(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
