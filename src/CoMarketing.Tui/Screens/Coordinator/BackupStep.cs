namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>Progress of a backup or a check: which step runs (1-based) of how many, and its description.</summary>
public sealed record BackupStep(int Number, int Of, string Text)
{
    /// <summary>The share of the work done before this step starts, 0–1.</summary>
    public float Fraction => (float)(Number - 1) / Of;
}
