using CoMarketing.Cli;
using CoMarketing.Storage;

// SQLite's first connection costs ≈ 20 ms; start it while the console is set up (README "Benchmarks: planner").
Store.StartWarmUp();
return CliApplication.Run(args, CliEnvironment.FromProcess());
