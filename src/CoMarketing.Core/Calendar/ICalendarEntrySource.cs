namespace CoMarketing.Core.Calendar;

/// <summary>Supplies extra calendar entries for a year, e.g. campaigns' publication plan entries from the database.</summary>
public interface ICalendarEntrySource
{
    /// <summary>The entries that touch <paramref name="year"/>.</summary>
    IReadOnlyList<CalendarEntry> EntriesFor(int year);
}
