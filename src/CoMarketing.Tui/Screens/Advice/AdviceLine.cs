namespace CoMarketing.Tui.Screens.Advice;

/// <summary>One line of the Advice view: its kind and its text in the planner's language.</summary>
public sealed record AdviceLine(AdviceLineKind Kind, string Text);
