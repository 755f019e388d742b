using CoMarketing.Tui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Rendering;

/// <summary>Draws a <see cref="Form"/>: one line per field (marker, label, input), its message on the line below.</summary>
public static class FormView
{
    public static IRenderable Render(Form form, int width, bool unicode)
    {
        ArgumentNullException.ThrowIfNull(form);
        var labelWidth = Math.Min(form.Fields.Max(field => field.Label.GetCellWidth()), Math.Max(width / 3, 8));
        var inputWidth = Math.Max(width - labelWidth - 4, 8);
        var rows = new List<IRenderable>();
        foreach (var field in form.Fields)
        {
            var focused = form.Focus.IsFocused(field.Name);
            var line = new Paragraph()
                .Append(focused ? Styles.Marker(unicode) + " " : "  ", Styles.Header)
                .Append(TextFit.Pad(field.Label, labelWidth) + " ", focused ? Styles.Header : Style.Plain);
            rows.Add(TextFieldView.AppendTo(line, field.Input, inputWidth, focused));
            if (field.Message is { } message)
            {
                rows.Add(new Text(TextFit.Fit(new string(' ', labelWidth + 3) + "! " + message, width), Styles.Error));
            }
        }

        return new Rows(rows);
    }
}
