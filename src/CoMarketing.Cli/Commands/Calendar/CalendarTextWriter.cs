using System.Globalization;
using CoMarketing.Cli.Commands.Split;
using CoMarketing.Core.Calendar;

namespace CoMarketing.Cli.Commands.Calendar;

/// <summary>Writes calendar entries for people: one aligned table with English and Finnish names.</summary>
public static class CalendarTextWriter
{
    public static void Write(TextWriter writer, int year, IEnumerable<CalendarEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entries);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Calendar {year}"));
        writer.WriteLine();
        var table = new PlainTable("Date", "Day", "Until", "Kind", "Name", "Nimi");
        foreach (var entry in entries)
        {
            table.Add(
                CalendarJsonWriter.IsoDate(entry.Date),
                entry.Date.ToString("ddd", CultureInfo.InvariantCulture),
                entry.End is { } end ? CalendarJsonWriter.IsoDate(end) : string.Empty,
                CalendarJsonWriter.KindName(entry.Kind),
                entry.Name,
                entry.NameFi);
        }

        table.WriteTo(writer);
    }
}
