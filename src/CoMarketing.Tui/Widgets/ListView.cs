using CoMarketing.Tui.Input;

namespace CoMarketing.Tui.Widgets;

/// <summary>
/// The state of a scrolling, filterable list: items, the rows that pass the filter, the selection and the scroll offset.
/// Immutable; <see cref="TryHandle"/> returns the moved list.
/// </summary>
/// <remarks>
/// Keys: ↑/k, ↓/j, Home/g, End/G, PgUp/PgDn; <c>/</c> starts filtering (typing goes to <see cref="Filter"/>, ↑/↓ still
/// move, Enter keeps the filter, Esc clears it). Esc with a kept filter clears it; otherwise Esc is left to the screen.
/// The filter matches a row's search text case-insensitively anywhere (ä matches Ä).
/// </remarks>
public sealed record ListView<T>
{
    private readonly string[] _searchTexts;

    /// <param name="items">The rows, in display order.</param>
    /// <param name="searchText">The text the filter looks in; <c>ToString()</c> when not given.</param>
    public ListView(IReadOnlyList<T> items, Func<T, string>? searchText = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
        var text = searchText ?? (item => item?.ToString() ?? "");
        _searchTexts = items.Select(text).ToArray();
        Rows = Enumerable.Range(0, items.Count).ToArray();
        Selected = items.Count == 0 ? -1 : 0;
        Filter = new TextField();
    }

    public IReadOnlyList<T> Items { get; }

    /// <summary>Indexes into <see cref="Items"/> of the rows that pass the filter, in order.</summary>
    public IReadOnlyList<int> Rows { get; private init; }

    /// <summary>The selected position in <see cref="Rows"/>; -1 exactly when no row passes the filter.</summary>
    public int Selected { get; private init; }

    /// <summary>The first visible position in <see cref="Rows"/> as last scrolled; see <see cref="FirstVisible"/>.</summary>
    public int Offset { get; private init; }

    public TextField Filter { get; private init; }

    /// <summary>True while keys go to the filter field.</summary>
    public bool IsFiltering { get; private init; }

    public int Count => Rows.Count;

    public T? SelectedItem => Selected >= 0 ? Items[Rows[Selected]] : default;

    /// <summary>The first visible row for a viewport of <paramref name="height"/> rows: the offset, moved as little as
    /// possible so the selection is visible and the viewport is not left half empty.</summary>
    public int FirstVisible(int height)
    {
        var rows = Math.Max(height, 1);
        var offset = Math.Min(Offset, Math.Max(Count - rows, 0));
        if (Selected < 0)
        {
            return 0;
        }

        if (Selected < offset)
        {
            return Selected;
        }

        return Selected >= offset + rows ? Selected - rows + 1 : offset;
    }

    /// <summary>The list with <paramref name="position"/> selected (clamped) and scrolled into a viewport of <paramref name="height"/>.</summary>
    public ListView<T> Select(int position, int height)
    {
        if (Count == 0)
        {
            return this with { Selected = -1, Offset = 0 };
        }

        var moved = this with { Selected = Math.Clamp(position, 0, Count - 1) };
        return moved with { Offset = moved.FirstVisible(height) };
    }

    /// <summary>Selects the first row whose item satisfies <paramref name="predicate"/>, if any.</summary>
    public ListView<T> SelectWhere(Func<T, bool> predicate, int height)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        for (var i = 0; i < Rows.Count; i++)
        {
            if (predicate(Items[Rows[i]]))
            {
                return Select(i, height);
            }
        }

        return this;
    }

    /// <summary>The list filtered by <paramref name="filter"/>, selection on the first matching row.</summary>
    public ListView<T> WithFilter(string filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var rows = filter.Length == 0
            ? Enumerable.Range(0, Items.Count).ToArray()
            : Enumerable.Range(0, Items.Count)
                .Where(i => _searchTexts[i].Contains(filter, StringComparison.OrdinalIgnoreCase))
                .ToArray();
        return this with
        {
            Filter = Filter.WithText(filter),
            Rows = rows,
            Selected = rows.Length == 0 ? -1 : 0,
            Offset = 0,
        };
    }

    /// <summary>Sends the following keys to the filter field (what <c>/</c> does).</summary>
    public ListView<T> StartFiltering() => this with { IsFiltering = true };

    /// <summary>Applies <paramref name="key"/> for a viewport of <paramref name="height"/> rows; false when the key is not a list key.</summary>
    public bool TryHandle(KeyPress key, int height, out ListView<T> next)
    {
        next = IsFiltering ? HandleFiltering(key, height) ?? this : HandleBrowsing(key, height) ?? this;
        return !ReferenceEquals(next, this);
    }

    private ListView<T>? HandleFiltering(KeyPress key, int height)
    {
        if (key.Is(Key.Enter))
        {
            return this with { IsFiltering = false };
        }

        if (key.Is(Key.Escape))
        {
            return WithFilter("") with { IsFiltering = false };
        }

        if (key.Key is Key.Up or Key.Down or Key.PageUp or Key.PageDown)
        {
            return HandleBrowsing(key, height);
        }

        if (!Filter.TryHandle(key, out var field))
        {
            return null;
        }

        return field.Text == Filter.Text ? this with { Filter = field } : WithFilter(field.Text) with { Filter = field, IsFiltering = true };
    }

    private ListView<T>? HandleBrowsing(KeyPress key, int height)
    {
        var page = Math.Max(height - 1, 1);
        return key switch
        {
            _ when key.Is(Key.Up) || key.Is('k') => Select(Selected - 1, height),
            _ when key.Is(Key.Down) || key.Is('j') => Select(Selected + 1, height),
            _ when key.Is(Key.Home) || key.Is('g') => Select(0, height),
            _ when key.Is(Key.End) || key.Is('G') => Select(Count - 1, height),
            _ when key.Is(Key.PageUp) => Select(Selected - page, height),
            _ when key.Is(Key.PageDown) => Select(Selected + page, height),
            _ when key.Is('/') => StartFiltering(),
            _ when key.Is(Key.Escape) && Filter.Text.Length > 0 => WithFilter(""),
            _ => null,
        };
    }
}
