namespace CoMarketing.Core.Calendar;

/// <summary>A day (or, for a season, a span of days) in the publication calendar, named in English and Finnish.</summary>
public sealed record CalendarEntry
{
    /// <summary>Creates an entry; <paramref name="end"/>, when given, cannot be before <paramref name="date"/>.</summary>
    public CalendarEntry(DateOnly date, DateOnly? end, CalendarEntryKind kind, string name, string nameFi)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameFi);
        if (end is { } last && last < date)
        {
            throw new ArgumentException($"'{name}' cannot end ({last:yyyy-MM-dd}) before it starts ({date:yyyy-MM-dd}).", nameof(end));
        }

        Date = date;
        End = end;
        Kind = kind;
        Name = name;
        NameFi = nameFi;
    }

    /// <summary>The day, or the first day of a season.</summary>
    public DateOnly Date { get; }

    /// <summary>The last day of a season (inclusive); <c>null</c> for single days.</summary>
    public DateOnly? End { get; }

    public CalendarEntryKind Kind { get; }

    /// <summary>English name.</summary>
    public string Name { get; }

    /// <summary>Finnish name.</summary>
    public string NameFi { get; }
}
