namespace CoMarketing.Tui.Screens;

/// <summary>Replaces every open view with the overview for whoever is signed in now (after registering); a message of the same result shows on it.</summary>
public sealed record GoHome : ScreenCommand;
