using CoMarketing.Tui.Components;
using CoMarketing.Tui.Resources;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Rendering;

/// <summary>
/// Draws a <see cref="TableView{T}"/>: a filter/count line, then a table of only the visible rows. Column widths are
/// computed here (not measured by Spectre) and cells are cut with "…", so every row is exactly one line.
/// </summary>
public static class TableViewRenderer
{
    private const int MinColumnWidth = 3;

    public static IRenderable Render<T>(TableView<T> view, int width, int height, TuiTexts texts, bool unicode)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(texts);
        var list = view.List;
        var rows = TableView<T>.RowsFor(height);
        var first = list.FirstVisible(rows);
        var last = Math.Min(first + rows, list.Count);
        var widths = ColumnWidths(view.Columns, width);

        var table = new Table().Border(TableBorder.Rounded).BorderStyle(Styles.Dim);
        table.AddColumn(new TableColumn(" ").Width(1).NoWrap());
        for (var c = 0; c < view.Columns.Count; c++)
        {
            var column = view.Columns[c];
            var arrow = c != view.SortColumn ? "" : view.Descending ? (unicode ? " ▼" : " v") : (unicode ? " ▲" : " ^");
            var header = new Text(TextFit.Fit(column.Header + arrow, widths[c]), Styles.Header);
            table.AddColumn(new TableColumn(header).Width(widths[c]).NoWrap().Alignment(column.Alignment));
        }

        for (var position = first; position < last; position++)
        {
            var item = list.Items[list.Rows[position]];
            var selected = position == list.Selected;
            var style = selected ? Styles.Selected : Style.Plain;
            var cells = new List<IRenderable> { new Text(selected ? Styles.Marker(unicode) : " ", style) };
            for (var c = 0; c < view.Columns.Count; c++)
            {
                cells.Add(new Text(TextFit.Pad(view.Columns[c].Cell(item), widths[c]), style));
            }

            table.AddRow(cells);
        }

        if (list.Count == 0)
        {
            var empty = list.Filter.Text.Length > 0 ? texts.Format(nameof(TuiTexts.NoMatches), list.Filter.Text) : texts.NoRows;
            return new Rows(StatusLine(view, first, last, width, texts), table, new Text(TextFit.Fit(empty, width)));
        }

        return new Rows(StatusLine(view, first, last, width, texts), table);
    }

    /// <summary>The widths of the columns' content for a table <paramref name="width"/> cells wide with rounded borders.</summary>
    public static IReadOnlyList<int> ColumnWidths<T>(IReadOnlyList<TableColumn<T>> columns, int width)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var count = columns.Count + 1; // plus the marker column
        var overhead = (3 * count) + 1 + 1; // padding and borders, plus the marker itself
        var fixedTotal = columns.Sum(column => column.Width ?? 0);
        var flexible = columns.Count(column => column.Width is null);
        var share = flexible == 0 ? 0 : Math.Max((width - overhead - fixedTotal) / flexible, MinColumnWidth);
        return columns.Select(column => column.Width ?? share).ToArray();
    }

    private static Paragraph StatusLine<T>(TableView<T> view, int first, int last, int width, TuiTexts texts)
    {
        var list = view.List;
        var count = list.Count == 0
            ? ""
            : texts.Format(nameof(TuiTexts.RowsShown), (first + 1).ToString("N0", texts.Culture), last.ToString("N0", texts.Culture),
                list.Count.ToString("N0", texts.Culture));
        if (!list.IsFiltering && list.Filter.Text.Length == 0)
        {
            return new Paragraph(TextFit.Fit(count, width), Styles.Dim);
        }

        var label = texts.FilterLabel + ": ";
        var hint = list.IsFiltering ? "  " + texts.FilterHint : "";
        var room = width - label.Length - hint.GetCellWidth() - count.GetCellWidth() - 2;
        var line = new Paragraph().Append(label, Styles.Header);
        TextFieldView.AppendTo(line, list.Filter, Math.Max(room, 8), list.IsFiltering);
        return line.Append(hint, Styles.Dim).Append("  " + count, Styles.Dim);
    }
}
