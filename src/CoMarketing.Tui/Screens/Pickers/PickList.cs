using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Screens.Pickers;

/// <summary>
/// The rows under a picker's search field: the matching entries with the highlighted one marked, scrolled to keep it
/// in view. It never takes the focus (the search field keeps it and moves the highlight); a click picks a row.
/// </summary>
public sealed class PickList : View
{
    private IReadOnlyList<string> _rows = [];
    private int _top;

    public PickList()
    {
        CanFocus = false;
        Width = Dim.Fill();
    }

    /// <summary>A row was clicked (its index).</summary>
    public event EventHandler<int>? Clicked;

    public IReadOnlyList<string> Rows => _rows;

    /// <summary>The highlighted row, -1 when there are no rows.</summary>
    public int Highlight { get; private set; } = -1;

    /// <summary>Text shown when there are no rows.</summary>
    public string Empty { get; set; } = "";

    public void SetRows(IReadOnlyList<string> rows, int highlight = 0)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _rows = rows;
        _top = 0;
        Highlight = rows.Count == 0 ? -1 : Math.Clamp(highlight, 0, rows.Count - 1);
        Scroll();
        SetNeedsDraw();
    }

    /// <summary>Moves the highlight by <paramref name="step"/> rows (a page is the visible rows), stopping at the ends.</summary>
    public void Move(int step)
    {
        if (_rows.Count == 0)
        {
            return;
        }

        Highlight = Math.Clamp(Highlight + step, 0, _rows.Count - 1);
        Scroll();
        SetNeedsDraw();
    }

    public int PageRows => Math.Max(Viewport.Height, 1);

    protected override bool OnDrawingContent(DrawContext? context)
    {
        Scroll();
        for (var row = 0; row < Viewport.Height; row++)
        {
            var index = _top + row;
            var text = index < _rows.Count ? (index == Highlight ? "› " : "  ") + _rows[index] : row == 0 && _rows.Count == 0 ? "  " + Empty : "";
            SetAttributeForRole(index == Highlight ? VisualRole.Focus : VisualRole.Normal);
            Move(0, row);
            AddStr(Fit(text, Viewport.Width));
        }

        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        ArgumentNullException.ThrowIfNull(mouse);
        if (mouse.IsSingleClicked && mouse.Position is { } at && _top + at.Y < _rows.Count)
        {
            Highlight = _top + at.Y;
            Clicked?.Invoke(this, Highlight);
            return true;
        }

        return base.OnMouseEvent(mouse);
    }

    internal static string Fit(string text, int width)
    {
        if (width <= 0)
        {
            return "";
        }

        return text.Length > width ? text[..Math.Max(width - 1, 0)] + "…" : text.PadRight(width);
    }

    private void Scroll()
    {
        var rows = PageRows;
        if (Highlight < _top)
        {
            _top = Math.Max(Highlight, 0);
        }
        else if (Highlight >= _top + rows)
        {
            _top = Highlight - rows + 1;
        }
    }
}
