using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// Read-only lines of text laid out for the view's width each time it is drawn (bars, columns, wrapped reasons), so a
/// resized window shows them fitted again; lines past the bottom are not drawn.
/// </summary>
public sealed class TextPage : View
{
    private readonly Func<int, IReadOnlyList<string>> _lines;

    /// <param name="lines">The lines for a width in cells.</param>
    public TextPage(Func<int, IReadOnlyList<string>> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _lines = lines;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    /// <summary>The lines as they are for <paramref name="width"/> cells (what is drawn, for tests and help).</summary>
    public IReadOnlyList<string> LinesFor(int width) => _lines(width);

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Math.Max(Viewport.Width, 1);
        var lines = _lines(width);
        for (var row = 0; row < Viewport.Height; row++)
        {
            Move(0, row);
            AddStr(WordFit.Pad(row < lines.Count ? lines[row] : "", width));
        }

        return true;
    }
}
