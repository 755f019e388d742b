namespace CoMarketing.Tui.Widgets;

/// <summary>Where a confirmation question stands.</summary>
public enum ConfirmOutcome
{
    Pending,
    Yes,
    No,
}
