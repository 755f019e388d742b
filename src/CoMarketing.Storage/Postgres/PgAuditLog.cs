using CoMarketing.Core.Audit;
using CoMarketing.Storage.LiteDb.Mapping;

namespace CoMarketing.Storage.Postgres;

/// <summary>The association's audit log in <c>audit</c>, ids increasing with time.</summary>
internal sealed class PgAuditLog : IAuditLog
{
    private readonly PgDatabase _db;

    public PgAuditLog(PgDatabase db) => _db = db;

    public IReadOnlyList<AuditEntry> Recent(int count = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return _db.Read(s => s.Documents("SELECT document FROM audit WHERE association_id = @a ORDER BY id DESC LIMIT @n", ("n", count))
            .Select(r => AuditMapper.Read(r.Document)).ToList());
    }

    public long Count() => _db.Read(s => s.Scalar<long>("SELECT count(*) FROM audit WHERE association_id = @a"));
}
