namespace CoMarketing.Tui.Screens;

/// <summary>What kind of message the message line shows. Each kind is also named in words, never by colour alone.</summary>
public enum MessageKind
{
    Info,
    Success,
    Warning,
    Error,
}
