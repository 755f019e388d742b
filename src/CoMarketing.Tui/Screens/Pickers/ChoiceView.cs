using CoMarketing.Tui.Screens.Editor;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Screens.Pickers;

/// <summary>One of a few options shown as <c>‹ Consumers ›</c>: ←/→ or Space cycle through them, a click moves on.</summary>
public sealed class ChoiceView : View
{
    private readonly Action<ChoiceInput> _changed;

    public ChoiceView(ChoiceInput input, Action<ChoiceInput> changed)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(changed);
        Input = input;
        _changed = changed;
        CanFocus = true;
        Width = Dim.Fill();
        Height = 1;
    }

    public ChoiceInput Input { get; private set; }

    /// <summary>Shows <paramref name="input"/> (a restored draft) without telling the form.</summary>
    public void Show(ChoiceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Input = input;
        SetNeedsDraw();
    }

    protected override bool OnKeyDown(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var step = key == Key.CursorRight || key == Key.Space ? 1 : key == Key.CursorLeft ? -1 : 0;
        if (step == 0)
        {
            return false;
        }

        Step(step);
        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        ArgumentNullException.ThrowIfNull(mouse);
        if (mouse.IsSingleClicked)
        {
            SetFocus();
            Step(1);
            return true;
        }

        return base.OnMouseEvent(mouse);
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        SetAttributeForRole(HasFocus ? VisualRole.Focus : VisualRole.Normal);
        Move(0, 0);
        AddStr(PickList.Fit($"‹ {Input.Selected} ›", Math.Min(Viewport.Width, Input.Options.Max(o => o.Length) + 4)));
        return true;
    }

    private void Step(int step)
    {
        Input = Input.Step(step);
        SetNeedsDraw();
        _changed(Input);
    }
}
