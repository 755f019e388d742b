namespace CoMarketing.Tui.Screens;

public sealed record ShowMessage(string Text, MessageKind Kind) : ScreenCommand;
