using System.Text;
using CsvHelper;

namespace CoMarketing.Reports.Import;

/// <summary>
/// Reads a CSV file (UTF-8 with or without BOM) into an <see cref="ImportTable"/>. The delimiter is <c>;</c> or
/// <c>,</c>, whichever occurs more often outside quotes in the header line.
/// </summary>
public static class CsvTableReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads UTF-8 (with or without BOM). A file that is not valid UTF-8 is what Finnish Excel's "CSV (semicolon
    /// delimited)" writes: Windows-1252. It is read as such with a warning, so <c>Mänty</c> never becomes
    /// <c>M�nty</c> silently; bytes that Windows-1252 does not define either make the file refused.
    /// </summary>
    public static ImportTable Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();
        var utf16 = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        if (utf16)
        {
            using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
            return Parse(reader.ReadToEnd());
        }

        try
        {
            return Parse(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException ex)
        {
            return ReadWindows1252(bytes, ex.Index);
        }
    }

    private static ImportTable ReadWindows1252(byte[] bytes, int badByte)
    {
        var line = 1 + bytes.AsSpan(0, Math.Clamp(badByte, 0, bytes.Length)).Count((byte)'\n');
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        string text;
        try
        {
            text = windows1252!.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
        }

        if (text.Length == 0 || text.Any(c => c is >= '\u0080' and <= '\u009F'))
        {
            return ImportTable.Empty with { Problems = [new ImportProblem(line, "the file is not UTF-8 text (nor Windows-1252); save it as 'CSV UTF-8' and import again.")] };
        }

        var table = Parse(text);
        return table with
        {
            Warnings = [new ImportProblem(line, "the file is not UTF-8; it was read as Windows-1252 (Excel's 'CSV (semicolon delimited)'). Check ä, ö and å in the names, or save it as 'CSV UTF-8'."), .. table.Warnings],
        };
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
