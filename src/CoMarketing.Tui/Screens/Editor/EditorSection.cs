namespace CoMarketing.Tui.Screens.Editor;

/// <summary>The tabs of the business editor.</summary>
public enum EditorSection
{
    Profile = 0,
    Audience = 1,
    Channels = 2,
}
