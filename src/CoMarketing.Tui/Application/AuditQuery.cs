using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;

namespace CoMarketing.Tui.Application;

/// <summary>
/// Which audit entries to show: by whom (<see cref="Who"/>, null for anyone), which action (null for any), from
/// <see cref="From"/> (inclusive) to before <see cref="Before"/> (exclusive), at most <see cref="Limit"/> of the newest.
/// </summary>
public sealed record AuditQuery
{
    public AuditQuery(Actor? who = null, string? action = null, DateTimeOffset? from = null, DateTimeOffset? before = null, int limit = 500)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (from is { } start && before is { } end && end <= start)
        {
            throw new DomainException("The end of the audit period must come after its start.");
        }

        Who = who;
        Action = string.IsNullOrWhiteSpace(action) ? null : action.Trim();
        From = from;
        Before = before;
        Limit = limit;
    }

    public Actor? Who { get; }

    public string? Action { get; }

    public DateTimeOffset? From { get; }

    public DateTimeOffset? Before { get; }

    public int Limit { get; }

    /// <summary>True when <paramref name="entry"/> passes every filter (the limit aside).</summary>
    public bool Matches(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (Who is null || entry.Actor == Who)
            && (Action is null || string.Equals(entry.Action, Action, StringComparison.Ordinal))
            && (From is null || entry.At >= From)
            && (Before is null || entry.At < Before);
    }
}
