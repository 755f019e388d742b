using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Businesses;

/// <summary>The business table for Terminal.Gui's <see cref="TableView"/>: it asks only for the cells it draws.</summary>
public sealed class BusinessTableSource(BusinessTableModel model) : ITableSource
{
    public object this[int row, int col] => model.Cell(row, col);

    public string[] ColumnNames => [.. model.Headers.Select((header, i) => i == model.SortColumn ? header + (model.Descending ? " ↓" : " ↑") : header)];

    public int Columns => model.Headers.Count;

    public int Rows => model.Count;
}
