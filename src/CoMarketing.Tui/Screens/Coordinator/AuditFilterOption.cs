using CoMarketing.Core.Audit;

namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>A choice in the audit viewer's "who" list: its label and the actor (null for anyone).</summary>
public sealed record AuditFilterOption(string Label, Actor? Actor);
