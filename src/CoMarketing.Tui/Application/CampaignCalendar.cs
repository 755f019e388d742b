using CoMarketing.Core.Calendar;
using CoMarketing.Core.Campaigns;

namespace CoMarketing.Tui.Application;

/// <summary>Calendar entries of campaigns: each campaign's span and each publication-plan entry, kind <c>campaign</c>.</summary>
public static class CampaignCalendar
{
    /// <summary>The entries of <paramref name="campaigns"/> that touch <paramref name="year"/>.</summary>
    public static IReadOnlyList<CalendarEntry> EntriesFor(IEnumerable<Campaign> campaigns, int year)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        var entries = new List<CalendarEntry>();
        foreach (var campaign in campaigns)
        {
            if (campaign.Start.Year <= year && campaign.End.Year >= year)
            {
                entries.Add(new CalendarEntry(campaign.Start, campaign.End, CalendarEntryKind.Campaign, campaign.Name, campaign.Name));
            }

            foreach (var plan in campaign.Plan.Where(p => p.Date.Year == year))
            {
                var name = $"{campaign.Name}: {plan.Description}";
                entries.Add(new CalendarEntry(plan.Date, null, CalendarEntryKind.Campaign, name, name));
            }
        }

        return entries;
    }

    /// <summary>Holidays, seasons, events and campaign entries of <paramref name="year"/>, sorted.</summary>
    public static IReadOnlyList<CalendarEntry> For(int year, IEnumerable<Campaign> campaigns) =>
        FinnishCalendar.For(year, EntriesFor(campaigns, year));
}
