using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>A label, a text field beside it and an error line under it: invalid input is shown at the field.</summary>
internal sealed class FieldRow
{
    public FieldRow(View parent, string caption, int y, int labelWidth, Action<string> changed, int width = 30)
    {
        var label = new Label { Y = y, Text = caption };
        Field = new TextField { X = labelWidth, Y = y, Width = width };
        Error = new Label { X = labelWidth, Y = y + 1, Width = Dim.Fill(), Height = 1, Text = string.Empty };
        Field.TextChanged += (_, _) => changed(Field.Text);
        parent.Add(label, Field, Error);
    }

    public TextField Field { get; }

    public Label Error { get; }

    public void ShowError(IReadOnlyDictionary<string, string> errors, string name)
        => Error.Text = errors.TryGetValue(name, out var message) ? "! " + message : string.Empty;
}
