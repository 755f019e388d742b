namespace CoMarketing.Tui.Screens.Businesses;

/// <summary>How a profile line is drawn.</summary>
public enum ProfileLineKind
{
    Text = 0,

    /// <summary>A section's or a table's heading.</summary>
    Heading = 1,

    /// <summary>Nothing there ("—").</summary>
    Dim = 2,
}
