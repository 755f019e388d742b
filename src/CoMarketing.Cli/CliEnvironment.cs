using System.Globalization;

namespace CoMarketing.Cli;

/// <summary>
/// What the command line takes from the outside world, passed in so commands are testable:
/// output streams, environment variables, clock and culture.
/// </summary>
public sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    Func<string, string?> GetVariable,
    TimeProvider Clock,
    CultureInfo Culture)
{
    public static CliEnvironment FromProcess()
    {
        var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Console.OutputEncoding = utf8;
        return new CliEnvironment(
            Console.Out,
            Console.Error,
            Environment.GetEnvironmentVariable,
            TimeProvider.System,
            CultureInfo.CurrentCulture);
    }

    /// <summary>
    /// What <c>--db</c>, else <c>COMARKETING_DB</c>, names as written (a file path or a PostgreSQL URL or connection
    /// string), or null when neither is given.
    /// </summary>
    public string? DatabaseChoice(string? dbOption)
    {
        if (!string.IsNullOrWhiteSpace(dbOption))
        {
            return dbOption;
        }

        var fromEnvironment = GetVariable("COMARKETING_DB");
        return string.IsNullOrWhiteSpace(fromEnvironment) ? null : fromEnvironment;
    }

    /// <summary>
    /// The database file: <c>--db</c>, else <c>COMARKETING_DB</c>, else
    /// <c>$XDG_DATA_HOME/comarketing/comarketing.db</c> (<c>~/.local/share/...</c> when unset).
    /// </summary>
    public string ResolveDatabasePath(string? dbOption)
    {
        if (!string.IsNullOrWhiteSpace(dbOption))
        {
            return Path.GetFullPath(dbOption);
        }

        var fromEnvironment = GetVariable("COMARKETING_DB");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var dataHome = GetVariable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome))
        {
            var home = GetVariable("HOME");
            if (string.IsNullOrWhiteSpace(home))
            {
                home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            }

            dataHome = Path.Combine(home, ".local", "share");
        }

        return Path.Combine(dataHome, "comarketing", "comarketing.db");
    }
}
