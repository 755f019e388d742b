namespace CoMarketing.Tui.Screens;

public sealed record PushScreen(IScreen Screen) : ScreenCommand;
