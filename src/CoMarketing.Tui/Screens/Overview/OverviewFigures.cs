using System.Collections.Immutable;
using CoMarketing.Core.Calendar;
using CoMarketing.Core.Campaigns;
using CoMarketing.Tui.Application;

namespace CoMarketing.Tui.Screens.Overview;

/// <summary>What the overview shows, gathered once when it opens.</summary>
public sealed record OverviewFigures(
    string AssociationName,
    int Members,
    ImmutableDictionary<CampaignStatus, int> Campaigns,
    ImmutableArray<CalendarEntry> Upcoming)
{
    /// <summary>
    /// Counts and the calendar entries that start, or are under way, from <paramref name="today"/> on for
    /// <paramref name="days"/> days: campaign entries only of the campaigns <paramref name="service"/>'s session may see.
    /// </summary>
    public static OverviewFigures Collect(PlannerService service, DateOnly today, int days)
    {
        ArgumentNullException.ThrowIfNull(service);
        var backend = service.Backend;
        var last = today.AddDays(days);
        var years = Enumerable.Range(today.Year, last.Year - today.Year + 1);
        var upcoming = years.SelectMany(service.GetCalendar)
            .Where(e => e.Date <= last && (e.End ?? e.Date) >= today)
            .Distinct()
            .OrderBy(e => e.Date)
            .ToImmutableArray();
        var campaigns = backend.GetCampaigns().GroupBy(c => c.Status).ToImmutableDictionary(g => g.Key, g => g.Count());
        return new OverviewFigures(backend.GetAssociation().Name, backend.CountBusinesses(), campaigns, upcoming);
    }
}
