using System.CommandLine;
using CoMarketing.Cli.Commands;
using CoMarketing.Core.Common;
using CoMarketing.Storage;
using CoMarketing.Storage.Postgres;
using LiteDB;
using Npgsql;

namespace CoMarketing.Cli;

/// <summary>
/// The one place commands open the database: resolves <c>--db</c> / <c>COMARKETING_DB</c> / the default path,
/// opens (creating, converting or migrating) the store with the environment's clock, and turns storage failures (not a
/// database, not a regular file, a newer schema, a full disk, no permission) into one line on stderr and exit code 1.
/// `--db ""` is refused; a command that fails deletes the database it created; a read-only file is said so.
/// </summary>
/// <remarks>
/// A value that is a PostgreSQL URL (<c>postgres://user@host:port/dbname</c>) or an Npgsql connection string
/// (<c>Host=…;Database=…</c>) opens that server's association instead (see <see cref="PgTarget"/>). Its password comes
/// from <c>PGPASSWORD</c> or <c>~/.pgpass</c>; when the server asks for one and neither has it, the password is asked
/// at the terminal (never echoed), and without a terminal the command stops saying where to put it.
/// </remarks>
public static class StoreFactory
{
    public static int Run(CliEnvironment environment, ParseResult parseResult, GlobalOptions globals, Func<IStore, int> body)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(body);

        // A refusal is said in --lang, else in the association's language, as the command's other output.
        var language = parseResult.GetValue(globals.Language);
        return Run(environment, parseResult.GetValue(globals.Database), store => CliApplication.Guard(
            environment, () => body(store), () => Languages.Resolve(language, store, environment)));
    }

    /// <summary>Opens the store named by a <c>--db</c> value (null when not given) and runs <paramref name="body"/>.</summary>
    public static int Run(CliEnvironment environment, string? dbOption, Func<IStore, int> body)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(body);
        if (dbOption is not null && string.IsNullOrWhiteSpace(dbOption))
        {
            return Fail(environment, "--db needs a file path or a postgres:// URL; it was given an empty one.");
        }

        if (environment.DatabaseChoice(dbOption) is { } chosen && PgTarget.Looks(chosen))
        {
            return CliApplication.Guard(environment, () => RunOnServer(environment, PgTarget.Parse(chosen), body));
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
            catch (ChangedElsewhereException ex)
            {
                return Fail(environment, ex.Message);
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

    /// <summary>Opens a PostgreSQL association, asking for a password once when the server wants one that is not set.</summary>
    public static PgStore OpenServer(CliEnvironment environment, PgTarget target)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(target);
        try
        {
            return PgStore.Open(target, environment.Clock);
        }
        catch (NpgsqlException ex) when (NeedsPassword(ex) && string.IsNullOrEmpty(target.Settings.Password))
        {
            if (Console.IsInputRedirected)
            {
                throw new DomainException($"The server at {target.Display} needs a password: put it in PGPASSWORD or ~/.pgpass (a password on the command line is refused).");
            }

            return PgStore.Open(target.WithPassword(PasswordPrompt.Ask(environment, $"Password for {target.Settings.Username ?? "you"} at {target.Settings.Host}: ")), environment.Clock);
        }
    }

    private static int RunOnServer(CliEnvironment environment, PgTarget target, Func<IStore, int> body)
    {
        PgStore store;
        try
        {
            store = OpenServer(environment, target);
        }
        catch (NpgsqlException ex)
        {
            return Fail(environment, $"Cannot use the PostgreSQL database {target.Display}: {ex.Message}");
        }

        using (store)
        {
            try
            {
                return body(store);
            }
            catch (NpgsqlException ex)
            {
                return Fail(environment, $"Database error in {target.Display}: {ex.Message}");
            }
            catch (ChangedElsewhereException ex)
            {
                return Fail(environment, ex.Message);
            }
        }
    }

    private static bool NeedsPassword(NpgsqlException ex)
        => ex.Message.Contains("No password has been provided", StringComparison.Ordinal)
            || ex is PostgresException { SqlState: "28P01" };

    private static int Fail(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine(message);
        return ExitCodes.InvalidInput;
    }
}
