using System.Drawing;
using System.Text;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// Clears only the part of a view's viewport that none of its visible subviews covers. Terminal.Gui 2.5.0 clears a
/// view's whole viewport before its subviews draw, and then each subview clears its own again: the planner's window,
/// its area and a full-screen list filled the same 120×38 cells three or four times a frame (about a third of a
/// redraw's time, measured with <c>perf</c>). A container whose subviews each clear themselves needs only the gaps.
/// </summary>
/// <remarks>Only for views that draw no content of their own under their subviews.</remarks>
public static class UncoveredClear
{
    /// <summary>Fills the uncovered cells of <paramref name="view"/> with spaces; true, so that the full clear is skipped.</summary>
    public static bool Gaps(View view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var viewport = view.Viewport;
        var uncovered = new Region(viewport with { Location = Point.Empty });
        foreach (var sub in view.SubViews)
        {
            if (sub.Visible)
            {
                uncovered.Exclude(sub.Frame with { X = sub.Frame.X - viewport.X, Y = sub.Frame.Y - viewport.Y });
            }
        }

        foreach (var gap in uncovered.GetRectangles())
        {
            view.FillRect(gap, new Rune(' '));
        }

        return true;
    }
}
