using CoMarketing.Core.Calendar;
using CoMarketing.Core.Campaigns;
using CoMarketing.Storage;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary>
/// Campaign entries for <c>calendar YEAR</c>: each campaign's span (date = start, end = last day) and each
/// publication-plan entry (a single day), kind <c>campaign</c>, for those that touch the year.
/// </summary>
public sealed class CampaignCalendarSource : ICalendarEntrySource
{
    private readonly IReadOnlyList<Campaign> _campaigns;

    public CampaignCalendarSource(IReadOnlyList<Campaign> campaigns) => _campaigns = campaigns ?? throw new ArgumentNullException(nameof(campaigns));

    /// <summary>
    /// The source for <c>calendar</c>'s <c>--db</c> value: campaigns of the database when its file exists, else
    /// <c>null</c>, so the calendar works without a database and never creates one.
    /// </summary>
    public static Func<string?, ICalendarEntrySource?> For(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return dbOption =>
        {
            if (environment.DatabaseChoice(dbOption) is { } chosen && Storage.Postgres.PgTarget.Looks(chosen))
            {
                using var server = StoreFactory.OpenServer(environment, Storage.Postgres.PgTarget.Parse(chosen));
                return new CampaignCalendarSource(server.Campaigns.GetAll());
            }

            var path = environment.ResolveDatabasePath(dbOption);
            return File.Exists(path) ? new CampaignCalendarSource(Store.Open(path, environment.Clock).Campaigns.GetAll()) : null;
        };
    }

    public IReadOnlyList<CalendarEntry> EntriesFor(int year)
    {
        var entries = new List<CalendarEntry>();
        foreach (var campaign in _campaigns)
        {
            if (campaign.Start.Year <= year && campaign.End.Year >= year)
            {
                entries.Add(new CalendarEntry(campaign.Start, campaign.End, CalendarEntryKind.Campaign, campaign.Name, campaign.Name));
            }

            entries.AddRange(campaign.Plan
                .Where(p => p.Date.Year == year)
                .Select(p => new CalendarEntry(p.Date, null, CalendarEntryKind.Campaign, $"{campaign.Name}: {p.Description}", $"{campaign.Name}: {p.Description}")));
        }

        return entries;
    }
}
