namespace CoMarketing.Cli.Tests.Fuzz;

/// <summary>What one fuzz input did: exit code, stderr, whether the data changed, whether it finished in time.</summary>
public sealed record FuzzOutcome(FuzzTarget Target, string Input, int ExitCode, string Error, bool DataChanged, bool Finished)
{
    /// <summary>An unhandled failure: exit 3 (the top-level guard), an exit code outside the contract or a stack trace.</summary>
    public bool Crashed => Finished && (ExitCode is not (0 or 1) || Error.Contains("   at ", StringComparison.Ordinal) || Error.Contains("Exception", StringComparison.Ordinal));

    public bool Hung => !Finished;

    /// <summary>A failed command that still changed the data.</summary>
    public bool ChangedOnFailure => Finished && ExitCode != 0 && DataChanged;

    /// <summary>A failure with no message a person can act on.</summary>
    public bool Silent => Finished && ExitCode == 1 && Error.Trim().Length == 0;

    public override string ToString() => $"{Target} {Input}: exit {ExitCode}, changed {DataChanged}, finished {Finished}: {Error.Trim()}";
}
