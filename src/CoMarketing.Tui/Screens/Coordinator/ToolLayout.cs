using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>What every tool view is built from: a labelled field with its error line below, buttons, the message line.</summary>
internal static class ToolLayout
{
    /// <summary>The width of field labels; fields start one column after it.</summary>
    public const int LabelWidth = 20;

    /// <summary>A label and a text field on row <paramref name="y"/>.</summary>
    public static TextField Field(View parent, string label, string text, int y, int width = 30, bool secret = false)
    {
        parent.Add(new Label { Text = label, X = 0, Y = y, Width = LabelWidth });
        var field = new TextField { X = LabelWidth + 1, Y = y, Width = width, Text = text, Secret = secret };
        parent.Add(field);
        return field;
    }

    /// <summary>An (empty) error line at row <paramref name="y"/>, wrapping over <paramref name="height"/> rows.</summary>
    public static Label ErrorLine(View parent, int y, int height = 1)
    {
        var line = new Label { X = 0, Y = y, Width = Dim.Fill(), Height = height, Text = string.Empty };
        line.TextFormatter.WordWrap = height > 1;
        parent.Add(line);
        return line;
    }

    /// <summary>The message line: two rows above the buttons at the bottom.</summary>
    public static Label MessageLine(View parent)
    {
        var line = new Label { X = 0, Y = Pos.AnchorEnd(3), Width = Dim.Fill(), Height = 2, Text = string.Empty };
        line.TextFormatter.WordWrap = true;
        parent.Add(line);
        return line;
    }

    /// <summary>Buttons along the bottom row, left to right; the first one is the default (Enter in a field presses it).</summary>
    public static IReadOnlyList<Button> Buttons(View parent, params (string Text, Action Pressed)[] buttons)
    {
        var made = new List<Button>();
        foreach (var (text, pressed) in buttons)
        {
            var button = new Button
            {
                Text = text,
                X = made.Count == 0 ? 0 : Pos.Right(made[^1]) + 1,
                Y = Pos.AnchorEnd(1),
                IsDefault = made.Count == 0,
            };
            button.Accepting += (_, e) =>
            {
                pressed();
                e.Handled = true;
            };
            made.Add(button);
        }

        parent.Add([.. made]);
        return made;
    }

    /// <summary>A list of lines that fills the rest of <paramref name="parent"/> above the message line.</summary>
    public static ListView List(View parent, Pos x, Pos y, Dim width, Dim? height = null)
    {
        var list = new ListView { X = x, Y = y, Width = width, Height = height ?? Dim.Fill(3) };
        list.SetSource(new System.Collections.ObjectModel.ObservableCollection<string>());
        parent.Add(list);
        return list;
    }

    /// <summary>Replaces a list's lines, keeping <paramref name="selected"/> chosen (or none for -1).</summary>
    public static void Fill(ListView list, IEnumerable<string> lines, int selected = -1)
    {
        list.SetSource(new System.Collections.ObjectModel.ObservableCollection<string>(lines));
        if (selected >= 0)
        {
            list.SelectedItem = selected;
        }
    }

    /// <summary>Shows a field's problem (or clears it).</summary>
    public static void ShowError(Label line, IReadOnlyDictionary<string, string> errors, string field)
        => line.Text = errors.TryGetValue(field, out var error) ? $"↳ {error}" : string.Empty;

    /// <summary>Shows what happened after an action, errors marked so they read as such without colour.</summary>
    public static void ShowMessage(Label line, ToolMessage? message)
        => line.Text = message is null ? string.Empty : message.IsError ? $"✗ {message.Text}" : $"✓ {message.Text}";
}
