using CoMarketing.Cli;

return CliApplication.Run(args, CliEnvironment.FromProcess());
