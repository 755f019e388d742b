using CoMarketing.Core.Audit;

namespace CoMarketing.Tui.Application;

/// <summary>The newest audit entries that passed a query, newest first, and how many passed in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total);
