namespace CoMarketing.Reports.Import;

/// <summary>
/// A spreadsheet read as text: the header's column names (trimmed, lower-case, spaces and hyphens as <c>_</c>),
/// the data rows, and any problem the reader itself found (malformed quotes, too many cells).
/// </summary>
public sealed record ImportTable(IReadOnlyList<string> Columns, IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> Problems)
{
    public static ImportTable Empty { get; } = new([], [], []);

    /// <summary>What the reader noticed but could read anyway (a file read as Windows-1252), reported as warnings.</summary>
    public IReadOnlyList<ImportProblem> Warnings { get; init; } = [];

    /// <summary>Normalises a header cell: <c>" Business ID "</c> → <c>business_id</c>.</summary>
    public static string NormaliseColumn(string header)
        => (header ?? string.Empty).Trim().TrimStart('\uFEFF').ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    /// <summary>Builds the table from a header and raw rows (line, cells), reporting rows with more cells than columns.</summary>
    public static ImportTable FromRaw(IReadOnlyList<string> header, IEnumerable<(int Line, IReadOnlyList<string> Cells)> raw)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(raw);
        var columns = header.Select(NormaliseColumn).ToList();
        var rows = new List<ImportRow>();
        var problems = new List<ImportProblem>();
        foreach (var (line, cells) in raw)
        {
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (cells.Count > columns.Count && cells.Skip(columns.Count).Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                problems.Add(new ImportProblem(line, $"the row has {cells.Count} cells but the header has {columns.Count} columns; check the delimiter and quotes."));
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++)
            {
                values.TryAdd(columns[i], i < cells.Count ? cells[i] ?? string.Empty : string.Empty);
            }

            rows.Add(new ImportRow(line, values));
        }

        return new ImportTable(columns, rows, problems);
    }
}
