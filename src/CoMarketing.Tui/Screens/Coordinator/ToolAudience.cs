namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>Who may open a tool (the service refuses everyone else anyway).</summary>
public enum ToolAudience
{
    /// <summary>The signed-in coordinator only.</summary>
    Coordinator = 0,

    /// <summary>A signed-in member (its own account).</summary>
    Member = 1,

    /// <summary>A member for its own business, the coordinator for anyone's.</summary>
    MemberOrCoordinator = 2,

    /// <summary>Anyone who is not the coordinator, while no coordinator PIN exists yet.</summary>
    NoCoordinatorYet = 3,
}
