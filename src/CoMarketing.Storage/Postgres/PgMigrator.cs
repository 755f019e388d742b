using CoMarketing.Core.Common;
using Npgsql;

namespace CoMarketing.Storage.Postgres;

/// <summary>
/// Brings a database to <see cref="PgSchema.Latest"/>: one transaction that first takes a transaction-scoped advisory
/// lock, so programs starting at once queue here and the later ones find the work done; each applied step is
/// recorded in <c>comarketing_schema</c>. A failure rolls every step back. A database of a newer version is refused.
/// </summary>
internal static class PgMigrator
{
    /// <summary>The advisory lock's key: "CoMarket" in ASCII, so it does not collide with another program's.</summary>
    public const long LockKey = 0x436F4D61726B6574;

    /// <summary>Runs the missing steps; returns how many were applied (0 when the database was already current).</summary>
    public static int Migrate(NpgsqlDataSource source) => Migrate(source, PgSchema.Latest);

    internal static int Migrate(NpgsqlDataSource source, int target)
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Run(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", ("key", LockKey));
        Run(connection, transaction, """
            CREATE TABLE IF NOT EXISTS comarketing_schema (
                version integer PRIMARY KEY,
                description text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now())
            """);
        using var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM comarketing_schema", connection, transaction);
        var current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (current > PgSchema.Latest)
        {
            throw new DomainException($"The database has schema version {current}, written by a newer CoMarketing (this one knows 1–{PgSchema.Latest}); update the program.");
        }

        for (var version = current + 1; version <= target; version++)
        {
            var (description, sql) = PgSchema.Step(version);
            Run(connection, transaction, sql);
            Run(connection, transaction, "INSERT INTO comarketing_schema (version, description) VALUES (@v, @d)", ("v", version), ("d", description));
        }

        transaction.Commit();
        return Math.Max(0, target - current);
    }

    private static void Run(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
