using System.Globalization;
using System.Text;

namespace CoMarketing.Tui.Host;

/// <summary>
/// Turns frames into terminal output: each changed line is addressed absolutely, erased, then written, so nothing of an
/// earlier (longer or differently sized) frame remains. After a resize every line is rewritten.
/// </summary>
public sealed class FrameWriter
{
    private Frame? _previous;

    /// <summary>Forgets the previous frame so the next one is written whole (after a resize or an external redraw).</summary>
    public void Invalidate() => _previous = null;

    public string Write(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var full = _previous is null || _previous.Size != frame.Size;
        var output = new StringBuilder();
        if (full)
        {
            output.Append("\u001b[0m\u001b[2J");
        }

        for (var row = 0; row < frame.Lines.Count; row++)
        {
            if (!full && row < _previous!.Lines.Count && _previous.Lines[row] == frame.Lines[row])
            {
                continue;
            }

            // Erase first, then write: erasing after a line that fills the last column would erase its last cell.
            output.Append(CultureInfo.InvariantCulture, $"\u001b[{row + 1};1H\u001b[0m\u001b[2K").Append(frame.Lines[row]);
        }

        output.Append("\u001b[0m");
        _previous = frame;
        return output.ToString();
    }
}
