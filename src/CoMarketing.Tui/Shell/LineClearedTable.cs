using System.Drawing;
using System.Text;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// A <see cref="TableView"/> that does not clear its viewport before drawing: Terminal.Gui 2.5.0's table already
/// clears every row line as it draws it (and the first header line), so only the header lines below the first are
/// cleared here. Half of a list frame's cell writes were this second clear.
/// </summary>
public sealed class LineClearedTable(ITableSource table) : TableView(table)
{
    protected override bool OnClearingViewport()
    {
        var header = (Style.ShowHorizontalHeaderOverline ? 1 : 0) + (Style.ShowHeaders ? 1 : 0) + (Style.ShowHorizontalHeaderUnderline ? 1 : 0);
        FillRect(new Rectangle(0, 0, Viewport.Width, Math.Min(header, Viewport.Height)), new Rune(' '));
        return true;
    }
}
