namespace CoMarketing.Tui.Screens;

public sealed record PopScreen : ScreenCommand;
