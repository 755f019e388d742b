using CoMarketing.Tui.Screens.Editor;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Screens.Pickers;

/// <summary>Twelve months as <c>[1][2] 3 …</c> (bracketed = active): ←/→ move, Space or Enter toggles, <c>a</c> all year; a click toggles.</summary>
public sealed class MonthsView : View
{
    private const int Cell = 4;
    private readonly Action<MonthsInput> _changed;

    public MonthsView(MonthsInput input, Action<MonthsInput> changed)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(changed);
        Input = input;
        _changed = changed;
        CanFocus = true;
        Width = Dim.Fill();
        Height = 1;
    }

    public MonthsInput Input { get; private set; }

    /// <summary>The month under the cursor, 1–12.</summary>
    public int Month { get; private set; } = 1;

    protected override bool OnKeyDown(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key == Key.CursorLeft || key == Key.CursorRight)
        {
            Month = (Month + (key == Key.CursorRight ? 0 : 10)) % 12 + 1;
            SetNeedsDraw();
            return true;
        }

        if (key == Key.Space || key == Key.Enter)
        {
            Change(Input.Toggle(Month));
            return true;
        }

        if (key == Key.A)
        {
            Change(Input with { Mask = MonthsInput.AllYear });
            return true;
        }

        return false;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        ArgumentNullException.ThrowIfNull(mouse);
        if (mouse.IsSingleClicked && mouse.Position is { } at && at.X / Cell < 12)
        {
            SetFocus();
            Month = at.X / Cell + 1;
            Change(Input.Toggle(Month));
            return true;
        }

        return base.OnMouseEvent(mouse);
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        Move(0, 0);
        for (var month = 1; month <= 12; month++)
        {
            SetAttributeForRole(HasFocus && month == Month ? VisualRole.Focus : VisualRole.Normal);
            var text = (Input.IsActive(month) ? $"[{month}]" : $" {month} ").PadRight(Cell);
            AddStr(text);
        }

        return true;
    }

    private void Change(MonthsInput next)
    {
        Input = (MonthsInput)next.Touch();
        SetNeedsDraw();
        _changed(Input);
    }
}
