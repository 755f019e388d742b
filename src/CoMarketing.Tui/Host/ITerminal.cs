namespace CoMarketing.Tui.Host;

/// <summary>The screen side of a terminal: its size, full-screen mode, and writing finished frames.</summary>
public interface ITerminal
{
    /// <summary>The current size, asked each time (it changes when the window is resized).</summary>
    TerminalSize Size { get; }

    /// <summary>Switches to the alternate screen with the cursor hidden (and input to raw mode).</summary>
    void EnterFullScreen();

    /// <summary>Restores everything <see cref="EnterFullScreen"/> changed. Safe to call more than once.</summary>
    void LeaveFullScreen();

    /// <summary>Writes <paramref name="text"/> (a whole frame with its escape codes) in one go.</summary>
    void Write(string text);
}
