namespace CoMarketing.Reports.Import;

/// <summary>One data row of an import file: the line it starts on and its cells keyed by normalised column name.</summary>
public sealed record ImportRow(int Line, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>The trimmed cell of <paramref name="column"/>, or an empty string when the column is absent.</summary>
    public string Get(string column) => Cells.TryGetValue(column, out var value) ? value.Trim() : string.Empty;
}
