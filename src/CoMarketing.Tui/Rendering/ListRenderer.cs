using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Rendering;

/// <summary>Draws the visible rows of a <see cref="ListView{T}"/>, the selected one marked and reversed.</summary>
public static class ListRenderer
{
    public static IRenderable Render<T>(ListView<T> list, Func<T, string> label, int width, int height, TuiTexts texts, bool unicode)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(texts);
        var rows = new List<IRenderable>();
        if (list.IsFiltering || list.Filter.Text.Length > 0)
        {
            rows.Add(FilterLine(list, width, texts));
            height--;
        }

        if (list.Count == 0)
        {
            rows.Add(new Text(list.Filter.Text.Length > 0 ? texts.Format(nameof(TuiTexts.NoMatches), list.Filter.Text) : texts.NoRows, Styles.Dim));
            return new Rows(rows);
        }

        var first = list.FirstVisible(height);
        var last = Math.Min(first + Math.Max(height, 1), list.Count);
        for (var position = first; position < last; position++)
        {
            var selected = position == list.Selected;
            var text = TextFit.Pad($"{(selected ? Styles.Marker(unicode) : " ")} {label(list.Items[list.Rows[position]])}", width);
            rows.Add(new Text(text, selected ? Styles.Selected : Style.Plain));
        }

        return new Rows(rows);
    }

    /// <summary>"Filter: text▏  Enter keeps, Esc clears" while typing, "Filter: text" once kept.</summary>
    public static IRenderable FilterLine<T>(ListView<T> list, int width, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(texts);
        var label = texts.FilterLabel + ": ";
        var hint = list.IsFiltering ? "  " + texts.FilterHint : "";
        var fieldWidth = Math.Max(width - label.Length - hint.GetCellWidth(), 8);
        var line = new Paragraph().Append(label, Styles.Header);
        TextFieldView.AppendTo(line, list.Filter, fieldWidth, list.IsFiltering);
        return line.Append(hint, Styles.Dim);
    }
}
