using CoMarketing.Tui.Host;

namespace CoMarketing.Tui.Tests.Support;

/// <summary>A terminal that records what was written and whether full-screen mode was entered and left.</summary>
internal sealed class RecordingTerminal(TerminalSize size) : ITerminal
{
    public TerminalSize Size { get; set; } = size;

    public List<string> Writes { get; } = [];

    public int Entered { get; private set; }

    public int Left { get; private set; }

    public void EnterFullScreen() => Entered++;

    public void LeaveFullScreen() => Left++;

    public void Write(string text) => Writes.Add(text);
}
