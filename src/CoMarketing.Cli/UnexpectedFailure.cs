using CoMarketing.Tui.Application;

namespace CoMarketing.Cli;

/// <summary>
/// The top-level guard of every command and of the planner: an exception nothing else expected becomes one plain
/// line on stderr naming what failed and where the details are, the details go to <c>error.log</c> (next to the
/// database, else in the data folder), and the exit code is <see cref="ExitCodes.Unexpected"/>. Never a stack trace.
/// </summary>
public static class UnexpectedFailure
{
    /// <summary>Runs <paramref name="body"/>; <paramref name="what"/> names it (<c>import</c>, <c>the planner</c>).</summary>
    public static int Guard(CliEnvironment environment, string what, string? dbOption, Func<int> body)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return body();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Report(environment, what, dbOption, ex);
        }
    }

    /// <summary>Logs <paramref name="error"/> and prints the one line; returns <see cref="ExitCodes.Unexpected"/>.</summary>
    public static int Report(CliEnvironment environment, string what, string? dbOption, Exception error)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(error);
        var log = new ErrorLog(LogPath(environment, dbOption), environment.Clock);
        log.Write(error);
        var reason = OneLine(error.Message);
        try
        {
            environment.Error.WriteLine($"comarketing {what} failed unexpectedly ({error.GetType().Name}: {reason}); details are in {log.Path}");
        }
        catch (IOException)
        {
            // stderr itself is gone: the log still has it.
        }

        return ExitCodes.Unexpected;
    }

    /// <summary><c>error.log</c> in the database's folder when that folder exists, else in the data folder.</summary>
    public static string LogPath(CliEnvironment environment, string? dbOption)
    {
        ArgumentNullException.ThrowIfNull(environment);
        try
        {
            var folder = Path.GetDirectoryName(environment.ResolveDatabasePath(dbOption));
            if (!string.IsNullOrEmpty(folder) && Directory.Exists(folder))
            {
                return Path.Combine(folder, "error.log");
            }
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or NotSupportedException or System.Security.SecurityException)
        {
            // An unusable --db value: fall back to the data folder.
        }

        return ErrorLog.DefaultPath(environment.GetVariable);
    }

    private static string OneLine(string message)
    {
        var line = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 200 ? line : string.Concat(line.AsSpan(0, 199), "…");
    }
}
