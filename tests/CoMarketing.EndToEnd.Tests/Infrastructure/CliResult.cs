namespace CoMarketing.EndToEnd.Tests.Infrastructure;

/// <summary>What one run of the executable produced.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);
