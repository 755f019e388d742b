using CoMarketing.Tui.Screens;

namespace CoMarketing.Tui.Components;

/// <summary>An entry of a <see cref="MenuScreen"/>: its label, a line of explanation, and what choosing it does.</summary>
/// <param name="Label">What the entry says.</param>
/// <param name="Description">One line shown under the menu while the entry is selected.</param>
/// <param name="Select">Runs when the entry is chosen; build the next screen here, not before (it may load data).</param>
public sealed record MenuItem(string Label, string Description, Func<ScreenCommand> Select);
