using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoMarketing.Reports.Exports.Xlsx;

/// <summary>
/// One worksheet's cells, written row by row: texts as inline strings (references too, so they stay text), amounts
/// and counts as numbers, totals as formulas with their cached values.
/// </summary>
internal sealed class XlsxSheet(string name)
{
    private readonly SortedDictionary<int, Row> _rows = [];
    private readonly SortedDictionary<int, int> _widths = [];

    public string Name { get; } = name;

    /// <summary>Rows repeated at the top of every printed page (1-based, inclusive), or null.</summary>
    public (int First, int Last)? HeaderRows { get; set; }

    public IEnumerable<Row> Rows => _rows.Values;

    public IReadOnlyDictionary<int, int> Widths => _widths;

    /// <summary>
    /// A text cell. One starting like a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, CR) gets Excel's quote
    /// prefix (OWASP CSV injection), so it stays text even when edited or re-exported.
    /// </summary>
    public void Text(int row, int column, string text, uint style = XlsxStyles.Text)
    {
        var risky = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        var cell = Add(row, column, text.Length + 2, risky ? XlsxStyles.QuotedText : style);
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    public void Header(int row, int column, params string[] titles)
    {
        for (var c = 0; c < titles.Length; c++)
        {
            Text(row, column + c, titles[c], XlsxStyles.Bold);
        }
    }

    public void Number(int row, int column, decimal value, uint style)
    {
        var cell = Add(row, column, 14, style);
        cell.CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A formula (without <c>=</c>) and its value as computed by the engine, so readers that do not recalculate show it.</summary>
    public void Formula(int row, int column, string formula, decimal cached, uint style)
    {
        var cell = Add(row, column, 14, style);
        cell.CellFormula = new CellFormula(formula);
        cell.CellValue = new CellValue(cached.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary><c>SUM(F2:F4)</c> over rows <paramref name="first"/>…<paramref name="last"/> of a column.</summary>
    public static string Sum(int column, int first, int last) => $"SUM({Reference(first, column)}:{Reference(last, column)})";

    /// <summary>The A1 reference of a 1-based row and column.</summary>
    public static string Reference(int row, int column) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string Column(int column)
    {
        var name = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    private Cell Add(int row, int column, int width, uint style)
    {
        if (!_rows.TryGetValue(row, out var line))
        {
            line = new Row { RowIndex = (uint)row };
            _rows[row] = line;
        }

        _widths[column] = Math.Min(50, Math.Max(_widths.GetValueOrDefault(column), width));
        var cell = new Cell { CellReference = Reference(row, column), StyleIndex = style };
        line.Append(cell);
        return cell;
    }
}
