using CoMarketing.Core.Audit;
using Microsoft.Data.Sqlite;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>The audit log: one entry per user-level change, written in the change's own transaction.</summary>
internal sealed class AuditLog
{
    /// <summary>The columns <see cref="Read"/> expects, in its order.</summary>
    internal const string Columns = "id, at, actor_kind, actor_business_id, action, details";

    private readonly SqliteDatabase _database;

    internal AuditLog(SqliteDatabase database) => _database = database;

    /// <summary>The newest <paramref name="count"/> entries, newest first.</summary>
    public IReadOnlyList<AuditEntry> Recent(int count = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return _database.Read((c, t) => RawSql.Query(c, $"SELECT {Columns} FROM audit_log ORDER BY id DESC LIMIT @count", t, Read, ("@count", count)));
    }

    /// <summary>How many entries the log holds.</summary>
    public long Count() => _database.Read((c, t) => RawSql.Scalar(c, "SELECT count(*) FROM audit_log", t));

    /// <summary>An entry from a row of <see cref="Columns"/>.</summary>
    internal static AuditEntry Read(SqliteDataReader r)
        => new(r.GetInt64(0), new Actor(DbValues.ParseName<ActorKind>(r.GetString(2)), RawSql.NullableInt64(r, 3)), DbValues.ParseTimestamp(r.GetString(1)), r.GetString(4), r.GetString(5));
}
