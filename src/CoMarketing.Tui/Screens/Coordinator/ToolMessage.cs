namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>The line a tool shows after an action: what happened, or why nothing did.</summary>
public sealed record ToolMessage(string Text, bool IsError)
{
    public static ToolMessage Done(string text) => new(text, false);

    public static ToolMessage Error(string text) => new(text, true);
}
