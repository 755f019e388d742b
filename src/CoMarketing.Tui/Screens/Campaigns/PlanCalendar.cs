using CoMarketing.Core.Calendar;
using CoMarketing.Core.Common;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The month calendar of the plan page: the month's days in weeks, Monday first, with the public holidays, sales
/// seasons and events of the backend's calendar and the days that have publications; a chosen day that moves by a
/// day, a week or a month. Other campaigns' entries in the calendar are left out (a member may not see them).
/// </summary>
public sealed class PlanCalendar
{
    /// <summary>Characters per day: <c>[</c>, the day in two, the holiday or season mark, the publication mark, <c>]</c>.</summary>
    public const int CellWidth = 6;

    private readonly Func<int, IReadOnlyList<CalendarEntry>> _source;
    private readonly Dictionary<int, IReadOnlyList<CalendarEntry>> _years = [];
    private readonly CampaignFormat _format;

    /// <param name="source">The calendar of a year (the backend's <c>GetCalendar</c>); read once per year.</param>
    /// <param name="format">The language of day and month names.</param>
    /// <param name="day">The day chosen first.</param>
    public PlanCalendar(Func<int, IReadOnlyList<CalendarEntry>> source, CampaignFormat format, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(format);
        _source = source;
        _format = format;
        Day = Clamp(day);
    }

    /// <summary>The chosen day; its month is the one shown.</summary>
    public DateOnly Day { get; private set; }

    /// <summary>"Joulukuu 2027" / "December 2027".</summary>
    public string Title
    {
        get
        {
            var name = _format.Culture.DateTimeFormat.GetMonthName(Day.Month);
            return $"{char.ToUpper(name[0], _format.Culture)}{name[1..]} {Day.Year}";
        }
    }

    /// <summary>The holidays, seasons and events that touch the shown month, by date.</summary>
    public IReadOnlyList<CalendarEntry> MonthMarks
    {
        get
        {
            var first = new DateOnly(Day.Year, Day.Month, 1);
            var last = first.AddMonths(1).AddDays(-1);
            return [.. Year(Day.Year).Where(e => e.Date <= last && (e.End ?? e.Date) >= first)];
        }
    }

    public void MoveDays(int days) => Day = Clamp(Day.DayNumber + days);

    public void MoveMonths(int months)
    {
        var month = (Day.Year * 12) + Day.Month - 1 + months;
        var year = Math.Clamp(month / 12, Limits.FirstDate.Year, Limits.LastDate.Year);
        var first = new DateOnly(year, (month % 12) + 1, 1);
        Day = Clamp(first.AddDays(Math.Min(Day.Day, DateTime.DaysInMonth(first.Year, first.Month)) - 1));
    }

    public void GoTo(DateOnly day) => Day = Clamp(day);

    /// <summary>The holidays, seasons and events on <paramref name="day"/>, holidays first.</summary>
    public IReadOnlyList<CalendarEntry> Marks(DateOnly day)
        => [.. Year(day.Year).Where(e => e.Date <= day && (e.End ?? e.Date) >= day)];

    /// <summary>The public holiday on <paramref name="day"/>, or null.</summary>
    public CalendarEntry? Holiday(DateOnly day) => Marks(day).FirstOrDefault(e => e.Kind == CalendarEntryKind.Holiday);

    /// <summary>An entry's name in the calendar's language.</summary>
    public string Name(CalendarEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _format.Texts.IsFinnish ? entry.NameFi : entry.Name;
    }

    /// <summary>
    /// The weekday names (Monday first) and then one line per week; a day is <c>[ 6*#]</c>: brackets round the chosen
    /// day, <c>*</c> a public holiday, <c>~</c> a sales season or event, <c>#</c> a day with a publication.
    /// </summary>
    public IReadOnlyList<string> Lines(IReadOnlyCollection<DateOnly> publications)
    {
        ArgumentNullException.ThrowIfNull(publications);
        var names = _format.Culture.DateTimeFormat.ShortestDayNames;
        var lines = new List<string> { string.Concat(Enumerable.Range(1, 7).Select(i => $" {names[i % 7],2}   ")).TrimEnd() };
        var first = new DateOnly(Day.Year, Day.Month, 1);
        var line = new System.Text.StringBuilder(new string(' ', ((int)first.DayOfWeek + 6) % 7 * CellWidth));
        for (var day = first; day.Month == first.Month; day = day.AddDays(1))
        {
            line.Append(Cell(day, publications));
            if (day.DayOfWeek == DayOfWeek.Sunday || day.AddDays(1).Month != first.Month)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
            }
        }

        return lines;
    }

    private string Cell(DateOnly day, IReadOnlyCollection<DateOnly> publications)
    {
        var marks = Marks(day);
        var mark = marks.Any(e => e.Kind == CalendarEntryKind.Holiday) ? '*' : marks.Count > 0 ? '~' : ' ';
        var chosen = day == Day;
        return $"{(chosen ? '[' : ' ')}{day.Day,2}{mark}{(publications.Contains(day) ? '#' : ' ')}{(chosen ? ']' : ' ')}";
    }

    private IReadOnlyList<CalendarEntry> Year(int year)
    {
        if (!_years.TryGetValue(year, out var entries))
        {
            entries = [.. _source(year).Where(e => e.Kind != CalendarEntryKind.Campaign)];
            _years[year] = entries;
        }

        return entries;
    }

    private static DateOnly Clamp(DateOnly day) => day < Limits.FirstDate ? Limits.FirstDate : day > Limits.LastDate ? Limits.LastDate : day;

    private static DateOnly Clamp(int dayNumber)
        => Clamp(DateOnly.FromDayNumber(Math.Clamp(dayNumber, Limits.FirstDate.DayNumber, Limits.LastDate.DayNumber)));
}
