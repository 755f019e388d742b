using CoMarketing.Core.Audit;
using Dapper;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>The audit log: one entry per user-level change, written in the change's own transaction.</summary>
internal sealed class AuditLog
{
    private readonly SqliteDatabase _database;

    internal AuditLog(SqliteDatabase database) => _database = database;

    /// <summary>The newest <paramref name="count"/> entries, newest first.</summary>
    public IReadOnlyList<AuditEntry> Recent(int count = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return _database.Read((c, t) => c.Query<(long Id, string At, string Kind, long? Business, string Action, string Details)>(
                "SELECT id, at, actor_kind, actor_business_id, action, details FROM audit_log ORDER BY id DESC LIMIT @count",
                new { count },
                t)
            .Select(r => new AuditEntry(r.Id, new Actor(DbValues.ParseName<ActorKind>(r.Kind), r.Business), DbValues.ParseTimestamp(r.At), r.Action, r.Details))
            .ToList());
    }

    /// <summary>How many entries the log holds.</summary>
    public long Count() => _database.Read((c, t) => c.ExecuteScalar<long>("SELECT count(*) FROM audit_log", transaction: t));
}
