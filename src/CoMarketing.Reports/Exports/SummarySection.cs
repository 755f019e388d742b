namespace CoMarketing.Reports.Exports;

/// <summary>A titled table of the summary, in display text: what the Markdown, HTML and PDF writers render.</summary>
/// <param name="Title">Section heading.</param>
/// <param name="Headers">Column headers, all different.</param>
/// <param name="Rows">Cells, row by row.</param>
/// <param name="Numeric">Per column: right-aligned figures.</param>
/// <param name="TotalRows">Indexes of the rows that are totals (shown bold).</param>
public sealed record SummarySection(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool> Numeric, IReadOnlySet<int> TotalRows)
{
    internal SummarySection(string title, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<bool> numeric)
        : this(title, headers, rows, numeric, new HashSet<int>())
    {
    }
}
