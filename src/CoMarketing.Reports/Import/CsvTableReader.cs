using System.Text;
using CsvHelper;

namespace CoMarketing.Reports.Import;

/// <summary>
/// Reads a CSV file (UTF-8 with or without BOM) into an <see cref="ImportTable"/>. The delimiter is <c>;</c> or
/// <c>,</c>, whichever occurs more often outside quotes in the header line.
/// </summary>
public static class CsvTableReader
{
    public static ImportTable Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        return Parse(text);
    }

    public static ImportTable Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.TrimStart('\uFEFF');
        var problems = new List<ImportProblem>();
        var options = CsvReaderOptions.Default with
        {
            Separator = DetectDelimiter(text),
            HasHeader = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = record => problems.Add(new ImportProblem((int)record.LineNumber, $"malformed quotes ({record.Reason}) in '{Shorten(record.RawRecord)}'.")),
        };
        using var reader = CsvReader.FromText(text, options);
        var header = reader.Headers;
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            return ImportTable.Empty with { Problems = [new ImportProblem(1, "the file is empty; the first line must name the columns (name;industry;...).")] };
        }

        var raw = new List<(int, IReadOnlyList<string>)>();
        while (reader.Read())
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? string.Empty).ToArray();
            raw.Add(((int)reader.LineNumber, cells));
        }

        var table = ImportTable.FromRaw(header, raw);
        return table with { Problems = [.. problems, .. table.Problems] };
    }

    /// <summary><c>;</c> when the header has more semicolons than commas outside quotes, else <c>,</c>.</summary>
    public static char DetectDelimiter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted)
            {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    private static string Shorten(string? text)
    {
        var s = (text ?? string.Empty).Trim();
        return s.Length <= 60 ? s : string.Concat(s.AsSpan(0, 59), "…");
    }
}
