using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Pickers;

/// <summary>One row of a form: the label, the input beside it, and under it the field's message when there is one.</summary>
public sealed class FieldRowView : View
{
    private readonly Label _error;

    public FieldRowView(string label, View input, int labelWidth)
    {
        ArgumentNullException.ThrowIfNull(input);
        Input = input;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Auto();
        input.X = labelWidth;
        input.Y = 0;
        _error = new Label { X = labelWidth, Y = Pos.Bottom(input), Width = Dim.Fill(), Height = 0, Text = "" };
        Add(new Label { X = 0, Y = 0, Width = labelWidth - 1, Text = label }, input, _error);
    }

    public View Input { get; }

    /// <summary>The message shown under the input ("" when none).</summary>
    public string Error => _error.Text;

    public void ShowError(string? message)
    {
        _error.Text = message is null ? "" : "! " + message;
        _error.Height = message is null ? 0 : 1;
        SetNeedsLayout();
    }
}
