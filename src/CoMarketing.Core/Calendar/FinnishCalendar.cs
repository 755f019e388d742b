namespace CoMarketing.Core.Calendar;

/// <summary>
/// The publication calendar of a year in Finland: public holidays, sales seasons and predictable events.
/// A pure function of the year.
/// </summary>
/// <remarks>
/// <para>Holidays, including those on a weekend: New Year's Day, Epiphany, Good Friday, Easter Sunday and Monday,
/// May Day, Ascension Day (Easter + 39), Whit Sunday (Easter + 49), Midsummer Eve (the Friday 19–25 June),
/// Midsummer Day (the Saturday 20–26 June), All Saints' Day (the Saturday 31 October–6 November), Independence
/// Day, Christmas Eve, Christmas Day and St Stephen's Day.</para>
/// <para>Seasons: January sales (1–31 Jan), Easter week (Palm Sunday to Easter Monday), summer sales (the Monday
/// after Midsummer to 31 July), back to school (1–20 Aug), Black Friday week (the Monday before Black Friday to
/// Cyber Monday) and Christmas shopping (1–23 Dec).</para>
/// <para>Events: Valentine's day (14 Feb), Mother's day (2nd Sunday of May), Halloween (31 Oct), Father's day
/// (2nd Sunday of November) and Black Friday (the day after the 4th Thursday of November).</para>
/// </remarks>
public static class FinnishCalendar
{
    /// <summary>Holidays, seasons and events of <paramref name="year"/>, sorted (see <see cref="Sort"/>).</summary>
    public static IReadOnlyList<CalendarEntry> For(int year)
        => Sort([.. Holidays(year), .. Seasons(year), .. Events(year)]);

    /// <summary>Holidays, seasons, events and the extra entries together, sorted.</summary>
    public static IReadOnlyList<CalendarEntry> For(int year, IEnumerable<CalendarEntry> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        return Sort([.. For(year), .. extra]);
    }

    /// <summary>Sorts by date, then kind (holiday, season, event, campaign), then English name.</summary>
    public static IReadOnlyList<CalendarEntry> Sort(IEnumerable<CalendarEntry> entries)
        => [.. entries.OrderBy(e => e.Date).ThenBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal)];

    /// <summary>The public holidays of <paramref name="year"/>, weekend ones included.</summary>
    public static IReadOnlyList<CalendarEntry> Holidays(int year)
    {
        var easter = Easter.Sunday(year);
        return
        [
            Holiday(new DateOnly(year, 1, 1), "New Year's Day", "Uudenvuodenpäivä"),
            Holiday(new DateOnly(year, 1, 6), "Epiphany", "Loppiainen"),
            Holiday(easter.AddDays(-2), "Good Friday", "Pitkäperjantai"),
            Holiday(easter, "Easter Sunday", "Pääsiäispäivä"),
            Holiday(easter.AddDays(1), "Easter Monday", "2. pääsiäispäivä"),
            Holiday(new DateOnly(year, 5, 1), "May Day", "Vappu"),
            Holiday(easter.AddDays(39), "Ascension Day", "Helatorstai"),
            Holiday(easter.AddDays(49), "Whit Sunday", "Helluntaipäivä"),
            Holiday(MidsummerEve(year), "Midsummer Eve", "Juhannusaatto"),
            Holiday(MidsummerEve(year).AddDays(1), "Midsummer Day", "Juhannuspäivä"),
            Holiday(FirstOnOrAfter(new DateOnly(year, 10, 31), DayOfWeek.Saturday), "All Saints' Day", "Pyhäinpäivä"),
            Holiday(new DateOnly(year, 12, 6), "Independence Day", "Itsenäisyyspäivä"),
            Holiday(new DateOnly(year, 12, 24), "Christmas Eve", "Jouluaatto"),
            Holiday(new DateOnly(year, 12, 25), "Christmas Day", "Joulupäivä"),
            Holiday(new DateOnly(year, 12, 26), "St Stephen's Day", "Tapaninpäivä"),
        ];
    }

    /// <summary>Midsummer Eve: the Friday between 19 and 25 June.</summary>
    public static DateOnly MidsummerEve(int year) => FirstOnOrAfter(new DateOnly(year, 6, 19), DayOfWeek.Friday);

    /// <summary>Black Friday: the day after the fourth Thursday of November.</summary>
    public static DateOnly BlackFriday(int year)
        => FirstOnOrAfter(new DateOnly(year, 11, 1), DayOfWeek.Thursday).AddDays(21 + 1);

    private static IEnumerable<CalendarEntry> Seasons(int year)
    {
        var easter = Easter.Sunday(year);
        var blackFriday = BlackFriday(year);
        yield return Season(new DateOnly(year, 1, 1), new DateOnly(year, 1, 31), "January sales", "Tammikuun alennusmyynnit");
        yield return Season(easter.AddDays(-7), easter.AddDays(1), "Easter week", "Pääsiäisviikko");
        yield return Season(MidsummerEve(year).AddDays(3), new DateOnly(year, 7, 31), "Summer sales", "Kesäalennusmyynnit");
        yield return Season(new DateOnly(year, 8, 1), new DateOnly(year, 8, 20), "Back to school", "Koulujen alku");
        yield return Season(blackFriday.AddDays(-4), blackFriday.AddDays(3), "Black Friday week", "Black Friday -viikko");
        yield return Season(new DateOnly(year, 12, 1), new DateOnly(year, 12, 23), "Christmas shopping", "Joulumyynti");
    }

    private static IEnumerable<CalendarEntry> Events(int year)
    {
        yield return Event(new DateOnly(year, 2, 14), "Valentine's day", "Ystävänpäivä");
        yield return Event(FirstOnOrAfter(new DateOnly(year, 5, 1), DayOfWeek.Sunday).AddDays(7), "Mother's day", "Äitienpäivä");
        yield return Event(new DateOnly(year, 10, 31), "Halloween", "Halloween");
        yield return Event(FirstOnOrAfter(new DateOnly(year, 11, 1), DayOfWeek.Sunday).AddDays(7), "Father's day", "Isänpäivä");
        yield return Event(BlackFriday(year), "Black Friday", "Black Friday");
    }

    private static DateOnly FirstOnOrAfter(DateOnly date, DayOfWeek day)
        => date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);

    private static CalendarEntry Holiday(DateOnly date, string name, string nameFi)
        => new(date, null, CalendarEntryKind.Holiday, name, nameFi);

    private static CalendarEntry Season(DateOnly date, DateOnly end, string name, string nameFi)
        => new(date, end, CalendarEntryKind.Season, name, nameFi);

    private static CalendarEntry Event(DateOnly date, string name, string nameFi)
        => new(date, null, CalendarEntryKind.Event, name, nameFi);
}
