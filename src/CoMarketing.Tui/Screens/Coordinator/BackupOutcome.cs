namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>How a backup or check ended: the message to show and any problems found, one per line.</summary>
public sealed record BackupOutcome(ToolMessage Message, IReadOnlyList<string> Problems);
