namespace CoMarketing.Core.Calendar;

/// <summary>What a calendar entry is; the order here is the order of entries on the same day.</summary>
public enum CalendarEntryKind
{
    /// <summary>A Finnish public holiday (also when it falls on a weekend).</summary>
    Holiday,

    /// <summary>A sales season, with an end date.</summary>
    Season,

    /// <summary>A predictable event worth a campaign, e.g. Mother's day.</summary>
    Event,

    /// <summary>An entry of a campaign's publication plan.</summary>
    Campaign,
}
