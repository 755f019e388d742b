using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CoMarketing.Core.Calendar;

namespace CoMarketing.Cli.Commands.Calendar;

/// <summary>Writes calendar entries as DESIGN.md's JSON array: date, end, kind, name, nameFi.</summary>
public static class CalendarJsonWriter
{
    public static string Write(IEnumerable<CalendarEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteString("date", IsoDate(entry.Date));
                if (entry.End is { } end)
                {
                    json.WriteString("end", IsoDate(end));
                }
                else
                {
                    json.WriteNull("end");
                }

                json.WriteString("kind", KindName(entry.Kind));
                json.WriteString("name", entry.Name);
                json.WriteString("nameFi", entry.NameFi);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>holiday, season, event or campaign.</summary>
    public static string KindName(CalendarEntryKind kind) => kind switch
    {
        CalendarEntryKind.Holiday => "holiday",
        CalendarEntryKind.Season => "season",
        CalendarEntryKind.Event => "event",
        CalendarEntryKind.Campaign => "campaign",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown calendar entry kind."),
    };

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
