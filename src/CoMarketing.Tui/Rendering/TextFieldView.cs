using CoMarketing.Tui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Rendering;

/// <summary>Draws a <see cref="TextField"/>: the part around the cursor that fits, the cursor cell in reverse video.</summary>
public static class TextFieldView
{
    public static IRenderable Render(TextField field, int width, bool focused) => AppendTo(new Paragraph(), field, width, focused);

    /// <summary>Appends the field to <paramref name="paragraph"/> (to put a label or hint on the same line).</summary>
    public static Paragraph AppendTo(Paragraph paragraph, TextField field, int width, bool focused)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(field);
        var room = Math.Max(width - 1, 1);
        var before = field.Text[..field.Cursor];
        var after = field.Text[field.Cursor..];
        // Keep the cursor in view: show the end of the text before it when everything does not fit.
        while (before.GetCellWidth() > room - 1 && before.Length > 0)
        {
            before = before[(char.IsHighSurrogate(before[0]) && before.Length > 1 ? 2 : 1)..];
        }

        paragraph.Append(before);
        if (!focused)
        {
            paragraph.Append(TextFit.Fit(after, room - before.GetCellWidth()));
            return paragraph;
        }

        var cursorLength = after.Length > 1 && char.IsHighSurrogate(after[0]) ? 2 : Math.Min(after.Length, 1);
        var atCursor = cursorLength == 0 ? " " : after[..cursorLength];
        paragraph.Append(atCursor, Styles.Selected);
        var rest = after[cursorLength..];
        paragraph.Append(TextFit.Fit(rest, Math.Max(room - before.GetCellWidth() - atCursor.GetCellWidth(), 0)));
        return paragraph;
    }
}
