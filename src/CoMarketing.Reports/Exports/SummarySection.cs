namespace CoMarketing.Reports.Exports;

/// <summary>A titled table of the summary, in display text: what the Markdown and HTML writers render.</summary>
/// <param name="Title">Section heading.</param>
/// <param name="Headers">Column headers.</param>
/// <param name="Rows">Cells, row by row.</param>
/// <param name="Numeric">Per column: right-aligned figures.</param>
internal sealed record SummarySection(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool> Numeric);
