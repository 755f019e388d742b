using CoMarketing.Cli;
using CoMarketing.Storage;

// LiteDB's first use loads its assembly and type initialisers; start that while the console is set up.
Store.StartWarmUp();
return CliApplication.Run(args, CliEnvironment.FromProcess());
