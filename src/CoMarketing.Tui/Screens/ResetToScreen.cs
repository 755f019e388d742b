namespace CoMarketing.Tui.Screens;

public sealed record ResetToScreen(IScreen Screen) : ScreenCommand;
