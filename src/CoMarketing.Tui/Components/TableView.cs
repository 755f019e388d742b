using System.Globalization;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Widgets;

namespace CoMarketing.Tui.Components;

/// <summary>
/// A table over many rows: a <see cref="ListView{T}"/> (selection, scrolling, <c>/</c> filter over all cells) plus
/// columns and a sort. Only the visible rows are ever rendered, so ten thousand rows cost what twenty do.
/// </summary>
/// <remarks>Keys: those of <see cref="ListView{T}"/>, plus <c>s</c> to sort by the next column and <c>S</c> to reverse.</remarks>
public sealed record TableView<T>
{
    /// <summary>Rows the table itself takes from its height: the filter/count line, borders and the header.</summary>
    public const int ChromeRows = 5;

    private readonly CultureInfo _culture;

    public TableView(IReadOnlyList<T> items, IReadOnlyList<TableColumn<T>> columns, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(culture);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        Source = items;
        Columns = columns;
        _culture = culture;
        List = NewList(items);
    }

    /// <summary>The rows as given, before sorting.</summary>
    public IReadOnlyList<T> Source { get; private init; }

    public IReadOnlyList<TableColumn<T>> Columns { get; }

    public ListView<T> List { get; private init; }

    /// <summary>The sorted column, or -1 for the given order.</summary>
    public int SortColumn { get; private init; } = -1;

    public bool Descending { get; private init; }

    public T? SelectedItem => List.SelectedItem;

    /// <summary>Data rows visible in a table area of <paramref name="height"/> lines.</summary>
    public static int RowsFor(int height) => Math.Max(height - ChromeRows, 1);

    /// <summary>Sorted by <paramref name="column"/>, keeping the filter and the selected row.</summary>
    public TableView<T> SortBy(int column, bool descending)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, -1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns.Count);
        var sorted = this with { SortColumn = column, Descending = descending };
        return sorted.Rebuild(Source);
    }

    /// <summary>New rows (after an edit), keeping sort, filter and, where it still exists, the selected row.</summary>
    public TableView<T> WithItems(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return (this with { Source = items }).Rebuild(items);
    }

    public bool TryHandle(KeyPress key, int height, out TableView<T> next)
    {
        var rows = RowsFor(height);
        if (!List.IsFiltering && key.Is('s'))
        {
            next = SortBy((SortColumn + 1) % Columns.Count, descending: false).Scrolled(rows);
            return true;
        }

        if (!List.IsFiltering && key.Is('S'))
        {
            next = SortBy(Math.Max(SortColumn, 0), !Descending).Scrolled(rows);
            return true;
        }

        if (List.TryHandle(key, rows, out var list))
        {
            next = this with { List = list };
            return true;
        }

        next = this;
        return false;
    }

    private TableView<T> Scrolled(int rows) => this with { List = List.Select(List.Selected, rows) };

    private TableView<T> Rebuild(IReadOnlyList<T> items)
    {
        var selected = List.SelectedItem;
        var ordered = SortColumn < 0 ? items : Sort(items);
        var list = NewList(ordered).WithFilter(List.Filter.Text);
        if (selected is not null)
        {
            list = list.SelectWhere(item => EqualityComparer<T>.Default.Equals(item, selected), int.MaxValue);
        }

        return this with { List = List.IsFiltering ? list.StartFiltering() : list };
    }

    private IReadOnlyList<T> Sort(IReadOnlyList<T> items)
    {
        var column = Columns[SortColumn];
        var text = StringComparer.Create(_culture, ignoreCase: true);
        Comparison<T> compare = column.Compare ?? ((a, b) => text.Compare(column.Cell(a), column.Cell(b)));
        var comparer = Comparer<T>.Create(Descending ? (a, b) => compare(b, a) : compare);
        return items.Order(comparer).ToArray();
    }

    private ListView<T> NewList(IReadOnlyList<T> items) =>
        new(items, item => string.Join('\u001f', Columns.Select(column => column.Cell(item))));
}
