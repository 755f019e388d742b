namespace CoMarketing.Tui.Screens.Businesses;

/// <summary>One line of a business profile and how it is drawn.</summary>
public sealed record ProfileLine(string Text, ProfileLineKind Kind);
