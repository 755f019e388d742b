namespace CoMarketing.Cli;

/// <summary>The process exit codes of DESIGN.md's command-line contract.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Invalid input: a message on stderr, nothing written.</summary>
    public const int InvalidInput = 1;

    /// <summary>Usage error: unknown command or option, missing argument.</summary>
    public const int Usage = 2;

    /// <summary>An unexpected failure: one plain line on stderr, the details in <c>error.log</c>, never a stack trace.</summary>
    public const int Unexpected = 3;
}
