using System.Globalization;
using System.Text;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Businesses;

/// <summary>
/// The business table's state without a terminal: every row, the <c>/</c> filter (every word must appear in the
/// name, industry, municipality or customer type, ignoring case) and the sort. <see cref="Row"/> gives what the table shows.
/// </summary>
public sealed class BusinessTableModel
{
    private readonly BusinessListItem[] _items;
    private readonly string[] _search;
    private readonly CompareInfo _compare;
    private readonly CultureInfo _culture;
    private readonly int[][] _ranks;
    private int[] _rows;

    /// <summary>Name, industry, municipality and customer type sort as text; the last column, channels, by reach.</summary>
    private const int TextColumns = 4;

    public BusinessTableModel(IReadOnlyList<BusinessListItem> items, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(texts);
        Texts = texts;
        _items = [.. items];
        _compare = texts.Culture.CompareInfo;
        _culture = texts.Culture;
        _search = [.. _items.Select(item => Folded(string.Join(' ', item.Business.Name, item.Industry, item.Municipality, item.CustomerType)))];
        _rows = [.. Enumerable.Range(0, _items.Length)];
        _ranks = [.. Enumerable.Range(0, TextColumns).Select(Ranks)];
        Headers = [texts.Get("BizColName"), texts.Get("BizColIndustry"), texts.Get("BizColMunicipality"), texts.Get("BizColCustomers"), texts.Get("BizColChannels")];
    }

    public TuiTexts Texts { get; }

    /// <summary>The column headers: name, industry, municipality, customers, channels.</summary>
    public IReadOnlyList<string> Headers { get; }

    public string Filter { get; private set; } = "";

    /// <summary>The sorted column, or -1 for the given (name) order.</summary>
    public int SortColumn { get; private set; } = -1;

    public bool Descending { get; private set; }

    /// <summary>How many rows pass the filter.</summary>
    public int Count => _rows.Length;

    /// <summary>Every business, filtered or not.</summary>
    public int Total => _items.Length;

    /// <summary>The <paramref name="row"/>-th row shown.</summary>
    public BusinessListItem Row(int row) => _items[_rows[row]];

    /// <summary>The text of a cell.</summary>
    public string Cell(int row, int column)
    {
        var item = Row(row);
        return column switch
        {
            0 => item.Business.Name,
            1 => item.Industry,
            2 => item.Municipality,
            3 => item.CustomerType,
            _ => item.Channels,
        };
    }

    /// <summary>"45 members", or "3 of 45 members match 'kahvi'" while filtering.</summary>
    public string CountText => Filter.Length == 0
        ? Texts.Format("BizCount", Total.ToString("N0", Texts.Culture))
        : Texts.Format("BizFiltered", Count.ToString("N0", Texts.Culture), Total.ToString("N0", Texts.Culture), Filter);

    /// <summary>The same filter and sort over <paramref name="items"/> (the list after a save).</summary>
    public BusinessTableModel Reloaded(IReadOnlyList<BusinessListItem> items)
    {
        var model = new BusinessTableModel(items, Texts) { SortColumn = SortColumn, Descending = Descending };
        model.SetFilter(Filter);
        return model;
    }

    /// <summary>Shows only the rows containing every word of <paramref name="filter"/> (ignoring case and accents' absence).</summary>
    public void SetFilter(string filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var previous = Filter;
        Filter = filter.Trim();
        if (previous.Length > 0 && Filter.StartsWith(previous, StringComparison.Ordinal))
        {
            // A letter typed at the end only narrows: every row the longer filter keeps is among those shown, in order.
            var words = Words();
            _rows = [.. _rows.Where(i => Matches(i, words))];
            return;
        }

        Rebuild();
    }

    /// <summary>Sorts by the next column (<c>s</c>), or reverses the current sort (<c>S</c>).</summary>
    public void SortNext(bool reverse)
    {
        if (reverse)
        {
            SortColumn = Math.Max(SortColumn, 0);
            Descending = !Descending;
        }
        else
        {
            SortColumn = (SortColumn + 1) % Headers.Count;
            Descending = false;
        }

        Rebuild();
    }

    private void Rebuild()
    {
        var words = Words();
        IEnumerable<int> rows = words.Length == 0 ? Enumerable.Range(0, _items.Length) : Enumerable.Range(0, _items.Length).Where(i => Matches(i, words));
        if (SortColumn >= 0)
        {
            var column = SortColumn;
            Comparison<int> compare = column == TextColumns
                ? (a, b) => _items[a].Reach.CompareTo(_items[b].Reach)
                : (a, b) => _ranks[column][a].CompareTo(_ranks[column][b]);
            var comparer = Comparer<int>.Create(Descending ? (a, b) => compare(b, a) : compare);
            rows = rows.Order(comparer);
        }

        _rows = [.. rows];
    }

    private string[] Words() => Folded(Filter).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Text as the filter compares it: composed (NFC) and in lower case by the language's rules, so an ordinal search
    /// ignores case as the culture does, at a tenth of a culture-aware search's cost (10 000 rows at every typed letter).
    /// </summary>
    private string Folded(string text) => text.Normalize(NormalizationForm.FormC).ToLower(_culture);

    /// <summary>Whether row <paramref name="item"/> contains every word (no closure a row: a sort re-runs this over every row).</summary>
    private bool Matches(int item, string[] words)
    {
        foreach (var word in words)
        {
            if (!_search[item].Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Each row's place in <paramref name="column"/>'s order (the culture's, ignoring case; equal texts share a place),
    /// worked out once with the rows: a sort then compares numbers, not 10 000 texts by the culture's rules at a key.
    /// </summary>
    private int[] Ranks(int column)
    {
        var order = Enumerable.Range(0, _items.Length).Order(Comparer<int>.Create((a, b) => Compare(a, b, column))).ToArray();
        var ranks = new int[_items.Length];
        for (var i = 1; i < order.Length; i++)
        {
            ranks[order[i]] = Compare(order[i - 1], order[i], column) == 0 ? ranks[order[i - 1]] : i;
        }

        return ranks;
    }

    private int Compare(int a, int b, int column) => _compare.Compare(Text(a, column), Text(b, column), CompareOptions.IgnoreCase);

    private string Text(int item, int column) => column switch
    {
        0 => _items[item].Business.Name,
        1 => _items[item].Industry,
        2 => _items[item].Municipality,
        _ => _items[item].CustomerType,
    };
}
