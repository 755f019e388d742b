namespace CoMarketing.Tui.Screens;

/// <summary>A key a screen reacts to, as data: the same list drives the footer and the help overlay.</summary>
/// <param name="Keys">How the key is written for people: "Enter", "↑/k", "Ctrl+S".</param>
/// <param name="Description">What it does, in the current language.</param>
/// <param name="InFooter">Whether the footer shows it (main keys only); help always does.</param>
public sealed record KeyBinding(string Keys, string Description, bool InFooter = true);
