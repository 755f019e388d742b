using CoMarketing.Core.Audit;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.LiteDb;

/// <summary>The audit log in <c>audit</c>, ids increasing with time.</summary>
internal sealed class LiteAuditLog : IAuditLog
{
    private readonly LiteFile _file;

    public LiteAuditLog(LiteFile file) => _file = file;

    public IReadOnlyList<AuditEntry> Recent(int count = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return _file.Read(db => db.GetCollection(Collections.Audit).Find(Query.All(Query.Descending), limit: count).Select(AuditMapper.Read).ToList());
    }

    public long Count() => _file.Read(db => db.GetCollection(Collections.Audit).LongCount());
}
