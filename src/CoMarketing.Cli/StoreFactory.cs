using System.CommandLine;
using System.Data.Common;
using CoMarketing.Storage;

namespace CoMarketing.Cli;

/// <summary>
/// The one place commands open the database: resolves <c>--db</c> / <c>COMARKETING_DB</c> / the default path,
/// opens (creating or migrating) the store with the environment's clock, and turns storage failures (not a
/// database, a newer schema, a full disk, no permission) into one line on stderr and exit code 1.
/// </summary>
public static class StoreFactory
{
    public static int Run(CliEnvironment environment, ParseResult parseResult, GlobalOptions globals, Func<Store, int> body)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(globals);
        return Run(environment, parseResult.GetValue(globals.Database), body);
    }

    /// <summary>Opens the store named by a <c>--db</c> value (null when not given) and runs <paramref name="body"/>.</summary>
    public static int Run(CliEnvironment environment, string? dbOption, Func<Store, int> body)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(body);
        var path = environment.ResolveDatabasePath(dbOption);
        return CliApplication.Guard(environment, () =>
        {
            Store store;
            try
            {
                store = Store.Open(path, environment.Clock);
            }
            catch (DbException ex)
            {
                return Fail(environment, $"Database error in '{path}': {ex.Message}");
            }
            catch (IOException ex)
            {
                return Fail(environment, $"Cannot use '{path}': {ex.Message}");
            }
            catch (UnauthorizedAccessException ex)
            {
                return Fail(environment, $"No permission to use '{path}': {ex.Message}");
            }

            // Only the database's own failures are blamed on it; a file the command reads reports itself, and anything
            // else reaches the top-level guard (exit 3) instead of being called a database problem.
            try
            {
                return body(store);
            }
            catch (DbException ex)
            {
                return Fail(environment, $"Database error in '{path}': {ex.Message}");
            }
        });
    }

    private static int Fail(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine(message);
        return ExitCodes.InvalidInput;
    }
}
