using Spectre.Console;

namespace CoMarketing.Tui.Components;

/// <summary>A column of a <see cref="TableView{T}"/>: its header and how a row shows (and sorts) in it.</summary>
/// <param name="Header">The header text (the sort arrow is added by the view).</param>
/// <param name="Cell">The text of a row in this column.</param>
public sealed record TableColumn<T>(string Header, Func<T, string> Cell)
{
    /// <summary>A fixed width in cells; columns without one share the remaining width equally.</summary>
    public int? Width { get; init; }

    public Justify Alignment { get; init; } = Justify.Left;

    /// <summary>How rows sort by this column; null sorts by the cell text in the table's culture.</summary>
    public Comparison<T>? Compare { get; init; }
}
