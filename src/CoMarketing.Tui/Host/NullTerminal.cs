namespace CoMarketing.Tui.Host;

/// <summary>A terminal of a fixed size that discards output (rendering once, benchmarks).</summary>
public sealed class NullTerminal(TerminalSize size) : ITerminal
{
    public TerminalSize Size { get; } = size;

    public void EnterFullScreen()
    {
    }

    public void LeaveFullScreen()
    {
    }

    public void Write(string text)
    {
    }
}
