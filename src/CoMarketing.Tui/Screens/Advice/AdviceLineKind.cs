namespace CoMarketing.Tui.Screens.Advice;

/// <summary>What a line of the Advice view shows, so a view can style it (headings bold, warnings marked).</summary>
public enum AdviceLineKind
{
    Heading = 0,
    Own = 1,
    Paid = 2,
    Warning = 3,
    Summary = 4,
    Note = 5,
}
