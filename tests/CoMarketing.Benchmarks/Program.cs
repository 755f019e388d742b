using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/CoMarketing.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
