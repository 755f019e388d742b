using System.Data;
using CoMarketing.Core.Audit;
using CoMarketing.Storage.LiteDb.Mapping;
using Npgsql;

namespace CoMarketing.Storage.Postgres;

/// <summary>
/// One association in a PostgreSQL database: every read and every change is one transaction on a pooled
/// connection, with <c>comarketing.association</c> set for it (row-level security shows it nothing else).
/// </summary>
/// <remarks>
/// A read runs in a read-only repeatable-read transaction, so all its queries see one state. A change first locks
/// the association's settings row: changes of one association take turns (as the LiteDB file's mutex makes them),
/// so the checks for unique names and the next id see every committed change, while other associations go on.
/// A user-level change writes its audit entry in the same transaction; any exception rolls everything back.
/// </remarks>
internal sealed class PgDatabase
{
    public PgDatabase(NpgsqlDataSource source, long association, string display, TimeProvider clock)
    {
        Source = source;
        Association = association;
        Display = display;
        Clock = clock;
    }

    public NpgsqlDataSource Source { get; }

    public long Association { get; }

    public string Display { get; }

    public TimeProvider Clock { get; }

    public T Read<T>(Func<PgSession, T> body)
    {
        using var connection = Source.OpenConnection();
        using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        var session = Begin(connection, transaction);
        session.Execute("SET TRANSACTION READ ONLY");
        var result = body(session);
        transaction.Commit();
        return result;
    }

    public T Write<T>(Actor actor, string action, Func<PgSession, (T Result, string Details)> body)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Change(session =>
        {
            var (result, details) = body(session);
            var id = session.Scalar<long>("SELECT coalesce(max(id), 0) + 1 FROM audit WHERE association_id = @a");
            var entry = AuditMapper.Write(actor, Clock.GetUtcNow(), action, details);
            entry["_id"] = id;
            session.Execute("INSERT INTO audit (association_id, id, document) VALUES (@a, @id, @doc)", ("id", id), PgSession.Bytes("doc", entry));
            return result;
        });
    }

    /// <summary>A change that is not audited (kiosk drafts are scratch), in one transaction holding the association's lock.</summary>
    public T Change<T>(Func<PgSession, T> body)
    {
        using var connection = Source.OpenConnection();
        using var transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        var session = Begin(connection, transaction);
        session.Execute("SELECT 1 FROM settings WHERE association_id = @a FOR UPDATE");
        var result = body(session);
        transaction.Commit();
        return result;
    }

    private PgSession Begin(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var session = new PgSession(connection, transaction, Association);
        session.Execute("SELECT set_config('comarketing.association', @a::text, true)");
        return session;
    }
}
