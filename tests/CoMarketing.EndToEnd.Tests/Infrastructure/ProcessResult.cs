namespace CoMarketing.EndToEnd.Tests.Infrastructure;

/// <summary>What a run of the <c>comarketing</c> executable gave back.</summary>
public sealed record ProcessResult(int ExitCode, string StdOut, string StdErr)
{
    /// <summary>The non-empty lines written to stderr.</summary>
    public string[] ErrorLines => StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
