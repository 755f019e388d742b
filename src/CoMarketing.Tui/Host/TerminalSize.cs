namespace CoMarketing.Tui.Host;

/// <summary>A terminal size in character cells.</summary>
public readonly record struct TerminalSize(int Width, int Height)
{
    public static TerminalSize Default => new(80, 24);
}
