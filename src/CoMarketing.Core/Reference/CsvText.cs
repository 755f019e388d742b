using System.Text;

namespace CoMarketing.Core.Reference;

/// <summary>
/// A small RFC 4180 reader for the reference files: comma-separated, double-quoted fields (with <c>""</c> for a quote),
/// LF or CRLF line ends, an optional UTF-8 BOM. Blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
public static class CsvText
{
    /// <summary>Splits the text into records, each with the line number it starts on.</summary>
    /// <exception cref="Common.DomainException">A quoted field is not closed.</exception>
    public static IReadOnlyList<CsvRecord> Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var atLineStart = true;
        var skipping = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (skipping)
            {
                if (c == '\n')
                {
                    skipping = false;
                    atLineStart = true;
                    line++;
                }

                continue;
            }

            if (atLineStart && !inQuotes)
            {
                recordLine = line;
                atLineStart = false;
                if (c == '#')
                {
                    skipping = true;
                    continue;
                }
            }

            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord(records, fields, field, recordLine);
                    atLineStart = true;
                    line++;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            throw new Common.DomainException($"{source} line {recordLine}: a quoted field is not closed.");
        }

        EndRecord(records, fields, field, recordLine);
        return records;
    }

    private static void EndRecord(List<CsvRecord> records, List<string> fields, StringBuilder field, int line)
    {
        fields.Add(field.ToString());
        field.Clear();
        if (fields.Count > 1 || fields[0].Trim().Length > 0)
        {
            records.Add(new CsvRecord(line, [.. fields.Select(f => f.Trim())]));
        }

        fields.Clear();
    }
}
