namespace CoMarketing.Reports.Exports.Results;

/// <summary>
/// A titled table of the results report with typed cells (<see cref="string"/>, <see cref="long"/>, money or a
/// fraction, null for "unknown"), so each format writes figures its own way: display text, CSV numbers, XLSX cells.
/// </summary>
/// <param name="Title">The section heading (also the XLSX sheet name).</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The cells, row by row.</param>
/// <param name="HasTotal">True when the last row is the total of the others.</param>
public sealed record ReportTable(string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, bool HasTotal);
