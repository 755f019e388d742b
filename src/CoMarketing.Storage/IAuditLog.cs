using CoMarketing.Core.Audit;

namespace CoMarketing.Storage;

/// <summary>The audit log: one entry per user-level change, written in the change's own transaction.</summary>
public interface IAuditLog
{
    /// <summary>The newest <paramref name="count"/> entries, newest first.</summary>
    IReadOnlyList<AuditEntry> Recent(int count = 100);

    /// <summary>How many entries the log holds.</summary>
    long Count();
}
