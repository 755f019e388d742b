namespace CoMarketing.Tui.Screens.Editor;

/// <summary>What a pending yes/no question of the editor is about.</summary>
public enum EditorQuestion
{
    None = 0,

    /// <summary>Leave the editor and drop unsaved changes.</summary>
    Leave = 1,

    /// <summary>Remove the selected channel.</summary>
    RemoveChannel = 2,

    /// <summary>Continue with the unsaved input kept at a kiosk time-out.</summary>
    RestoreDraft = 3,

    /// <summary>
    /// Someone else saved the business since the editor opened it: yes saves these changes over theirs, no reloads
    /// theirs (dropping these); no answer (Esc) leaves both as they are.
    /// </summary>
    SavedElsewhere = 4,
}
