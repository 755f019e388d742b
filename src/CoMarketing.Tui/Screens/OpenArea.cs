namespace CoMarketing.Tui.Screens;

/// <summary>Opens the menu bar's area named <paramref name="Title"/> (a text name of <c>Shell.AreaCatalogue</c>) as its own view.</summary>
public sealed record OpenArea(string Title) : ScreenCommand;
