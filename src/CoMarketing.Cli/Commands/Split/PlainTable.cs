namespace CoMarketing.Cli.Commands.Split;

/// <summary>
/// A plain-text table with aligned columns (numbers right-aligned), readable in any terminal, pipe or file.
/// </summary>
public sealed class PlainTable
{
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = [];

    /// <param name="columns">Column headers; a header ending in <c>&gt;</c> is right-aligned (the marker is dropped).</param>
    public PlainTable(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _rightAligned = [.. columns.Select(c => c.EndsWith('>'))];
        _headers = [.. columns.Select(c => c.TrimEnd('>'))];
    }

    public PlainTable Add(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"Expected {_headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var widths = _headers.Select((h, c) => _rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        WriteRow(writer, _headers, widths);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            WriteRow(writer, row, widths);
        }
    }

    private void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var padded = cells.Select((cell, c) => _rightAligned[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
        writer.WriteLine(string.Join("  ", padded).TrimEnd());
    }
}
