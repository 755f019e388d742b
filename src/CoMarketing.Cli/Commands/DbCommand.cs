using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage;
using CoMarketing.Storage.Postgres;
using Npgsql;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// <c>comarketing db copy --from A --to B</c>: moves an association between a LiteDB file and a PostgreSQL server (either
/// way, or file to file, server to server). The copy is one consistent state of the source; a file target must not
/// exist yet and a server target's association must be empty. Afterwards both sides are checked (<c>check</c>'s rules)
/// and their figures compared: members, campaigns, pair marks, the budget plan's total and a fingerprint of every
/// business, campaign and setting. Any difference or problem is said and exits 1.
/// </summary>
public static class DbCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var from = new Option<string>("--from") { Description = "The database to copy: a file, or postgres://user@host:port/dbname?association=NAME", Required = true };
        var to = new Option<string>("--to") { Description = "Where to copy it: a new file, or an empty association on a PostgreSQL server", Required = true };
        var copy = new Command("copy", "Copy an association between a database file and a PostgreSQL server, verified by counts and check");
        copy.Options.Add(from);
        copy.Options.Add(to);
        copy.SetAction(parseResult => CliApplication.Guard(environment, () => Copy(environment, parseResult.GetValue(from)!, parseResult.GetValue(to)!)));
        var command = new Command("db", "Move an association between storage providers; load-test a PostgreSQL server");
        command.Subcommands.Add(copy);
        command.Subcommands.Add(LoadTestCommand(globals, environment));
        return command;
    }

    private static Command LoadTestCommand(GlobalOptions globals, CliEnvironment environment)
    {
        var associations = new Option<int>("--associations") { Description = "Associations to fill (load-0001, …)", DefaultValueFactory = _ => 400 };
        var businesses = new Option<int>("--businesses") { Description = "Members in all, spread evenly", DefaultValueFactory = _ => 100_000 };
        var kiosks = new Option<int>("--kiosks") { Description = "Kiosks working at once (two per association)", DefaultValueFactory = _ => 20 };
        var seconds = new Option<int>("--seconds") { Description = "How long the kiosks work (1–600)", DefaultValueFactory = _ => 30 };
        var pause = new Option<int>("--pause") { Description = "Milliseconds each kiosk waits between its actions (0–60000; 0: as fast as answered)", DefaultValueFactory = _ => 0 };
        var command = new Command("loadtest", "Kiosks at once on a local PostgreSQL server: latencies, lost updates, errors");
        command.Options.Add(associations);
        command.Options.Add(businesses);
        command.Options.Add(kiosks);
        command.Options.Add(seconds);
        command.Options.Add(pause);
        command.SetAction(parseResult => CliApplication.Guard(environment, () =>
        {
            var chosen = environment.DatabaseChoice(parseResult.GetValue(globals.Database));
            if (chosen is null || !PgTarget.Looks(chosen))
            {
                throw new DomainException("db loadtest runs against a PostgreSQL server: give --db postgres://user@127.0.0.1:PORT/dbname.");
            }

            var target = PgTarget.Parse(chosen);
            var host = target.Settings.Host ?? string.Empty;
            if (!(host.StartsWith('/') || host is "localhost" or "::1" || host.StartsWith("127.", StringComparison.Ordinal)))
            {
                throw new DomainException($"db loadtest talks only to a server on this machine (127.0.0.1, localhost, ::1 or a socket folder), not '{host}'.");
            }

            var (a, b, k, s) = (parseResult.GetValue(associations), parseResult.GetValue(businesses), parseResult.GetValue(kiosks), parseResult.GetValue(seconds));
            var p = parseResult.GetValue(pause);
            if (a is < 1 or > 1000 || b < a || b > 1_000_000 || k is < 1 or > 100 || s is < 1 or > 600 || p is < 0 or > 60_000)
            {
                throw new DomainException("db loadtest needs 1–1000 associations, at least one member each and at most 1 000 000, 1–100 kiosks, 1–600 seconds and a pause of 0–60000 ms.");
            }

            try
            {
                return new LoadTest(environment, target, a, b).Run(k, TimeSpan.FromSeconds(s), TimeSpan.FromMilliseconds(p));
            }
            catch (NpgsqlException ex)
            {
                environment.Error.WriteLine($"PostgreSQL error: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
        }));
        return command;
    }

    private static int Copy(CliEnvironment environment, string from, string to)
    {
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
        {
            throw new DomainException("db copy needs both --from and --to.");
        }

        if (!PgTarget.Looks(from) && !File.Exists(from))
        {
            throw new DomainException($"There is no database file at '{Path.GetFullPath(from)}' to copy from.");
        }

        if (!PgTarget.Looks(to) && File.Exists(to))
        {
            throw new DomainException($"'{Path.GetFullPath(to)}' already exists; copy to a new file.");
        }

        try
        {
            using var source = new Opened(Open(environment, from));
            var snapshot = Path.Combine(Path.GetTempPath(), $"comarketing-copy-{Guid.NewGuid():N}.db");
            try
            {
                if (PgTarget.Looks(to))
                {
                    source.Store.Backup(snapshot);
                    using var server = StoreFactory.OpenServer(environment, PgTarget.Parse(to));
                    server.Import(snapshot, Actor.CommandLine);
                    return Verify(environment, source.Store, server);
                }

                source.Store.Backup(Path.GetFullPath(to));
                return Verify(environment, source.Store, Store.Open(Path.GetFullPath(to), environment.Clock));
            }
            finally
            {
                File.Delete(snapshot);
            }
        }
        catch (NpgsqlException ex)
        {
            environment.Error.WriteLine($"PostgreSQL error: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
    }

    private static IStore Open(CliEnvironment environment, string value)
        => PgTarget.Looks(value) ? StoreFactory.OpenServer(environment, PgTarget.Parse(value)) : Store.Open(Path.GetFullPath(value), environment.Clock);

    private static int Verify(CliEnvironment environment, IStore source, IStore target)
    {
        var before = Figures.Of(source);
        var after = Figures.Of(target);
        environment.Out.WriteLine($"Copied {source.Path} to {target.Path}");
        environment.Out.WriteLine($"{"",-14}{"from",12}{"to",12}");
        environment.Out.WriteLine($"{"members",-14}{before.Businesses,12}{after.Businesses,12}");
        environment.Out.WriteLine($"{"campaigns",-14}{before.Campaigns,12}{after.Campaigns,12}");
        environment.Out.WriteLine($"{"pair marks",-14}{before.Pairs,12}{after.Pairs,12}");
        environment.Out.WriteLine($"{"budget cents",-14}{before.BudgetCents,12}{after.BudgetCents,12}");
        environment.Out.WriteLine($"{"audit entries",-14}{before.Audit,12}{after.Audit,12}");
        environment.Out.WriteLine($"{"fingerprint",-14}{before.Fingerprint[..10],12}{after.Fingerprint[..10],12}");
        var problems = source.Check().Select(p => $"from: {p}").Concat(target.Check().Select(p => $"to: {p}")).ToList();
        if (before with { Audit = 0 } != after with { Audit = 0 })
        {
            problems.Add("The figures differ between the two sides.");
        }

        foreach (var problem in problems)
        {
            environment.Error.WriteLine(problem);
        }

        if (problems.Count > 0)
        {
            return ExitCodes.InvalidInput;
        }

        environment.Out.WriteLine("Both sides pass check and every figure is the same.");
        return ExitCodes.Success;
    }

    /// <summary>What must not change in a copy (the audit log gains the copy's own entry on a server).</summary>
    private sealed record Figures(int Businesses, int Campaigns, int Pairs, long BudgetCents, long Audit, string Fingerprint)
    {
        public static Figures Of(IStore store)
        {
            var businesses = store.Businesses.GetAll(includeArchived: true);
            var campaigns = store.Campaigns.GetAll();
            var pairs = store.PairPreferences.GetAll();
            var budget = store.Budget.Get();
            var json = JsonSerializer.Serialize(new DbSnapshot(store.Association.Get(), businesses, campaigns, pairs, budget), DbSnapshotJson.Default.DbSnapshot);
            var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
            return new Figures(businesses.Count, campaigns.Count, pairs.Count, budget?.Total.Cents ?? 0, store.Audit.Count(), fingerprint);
        }
    }

    /// <summary>Disposes a server store when done (a file store holds nothing open).</summary>
    private sealed class Opened(IStore store) : IDisposable
    {
        public IStore Store { get; } = store;

        public void Dispose() => (Store as IDisposable)?.Dispose();
    }
}
