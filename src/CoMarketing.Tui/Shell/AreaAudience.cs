namespace CoMarketing.Tui.Shell;

/// <summary>Who may open an area from the menu bar.</summary>
public enum AreaAudience
{
    /// <summary>Anyone at the kiosk, guests included.</summary>
    Everyone,

    /// <summary>A signed-in member (its own business).</summary>
    Member,

    /// <summary>A member or the coordinator: anyone signed in.</summary>
    SignedIn,

    /// <summary>The association's coordinator only.</summary>
    Coordinator,

    /// <summary>Never listed in the menu bar: opened from a screen (the welcome screen) by its title.</summary>
    Unlisted,
}
