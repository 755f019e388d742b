namespace CoMarketing.Core.Audit;

/// <summary>One recorded change: who, when, what (an action name such as <c>business.update</c>) and details.</summary>
public sealed record AuditEntry(long Id, Actor Actor, DateTimeOffset At, string Action, string Details);
