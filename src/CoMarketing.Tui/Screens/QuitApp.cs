namespace CoMarketing.Tui.Screens;

public sealed record QuitApp : ScreenCommand;
