using System.CommandLine;
using CoMarketing.Storage;
using LiteDB;

namespace CoMarketing.Cli;

/// <summary>
/// The one place commands open the database: resolves <c>--db</c> / <c>COMARKETING_DB</c> / the default path,
/// opens (creating, converting or migrating) the store with the environment's clock, and turns storage failures (not a
/// database, not a regular file, a newer schema, a full disk, no permission) into one line on stderr and exit code 1.
/// `--db ""` is refused; a command that fails deletes the database it created; a read-only file is said so.
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
        if (dbOption is not null && string.IsNullOrWhiteSpace(dbOption))
        {
            return Fail(environment, "--db needs a file path; it was given an empty one.");
        }

        var path = environment.ResolveDatabasePath(dbOption);
        return CliApplication.Guard(environment, () =>
        {
            Store store;
            try
            {
                store = Store.Open(path, environment.Clock);
            }
            catch (LiteException ex)
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

            if (store.IsReadOnly)
            {
                environment.Error.WriteLine($"'{store.Path}' is read-only: opened for reading only, and changes will be refused.");
            }

            // Only the database's own failures are blamed on it; a file the command reads reports itself, and anything
            // else reaches the top-level guard (exit 3) instead of being called a database problem.
            var exitCode = ExitCodes.InvalidInput;
            try
            {
                exitCode = body(store);
                return exitCode;
            }
            catch (LiteException ex)
            {
                return Fail(environment, $"Database error in '{path}': {ex.Message}");
            }
            finally
            {
                // A command that failed must not leave behind a database it created.
                if (store.Created && exitCode != ExitCodes.Success)
                {
                    store.DiscardIfUnused();
                }
            }
        });
    }

    private static int Fail(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine(message);
        return ExitCodes.InvalidInput;
    }
}
