using CoMarketing.Core.Calendar;
using CoMarketing.Core.Campaigns;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Shell;

namespace CoMarketing.Tui.Screens.Overview;

/// <summary>What an entry of the overview's menu does.</summary>
public enum OverviewChoice
{
    Businesses,
    MyBusiness,
    Campaigns,
    SignOut,
}

/// <summary>An entry of the overview's menu.</summary>
public sealed record OverviewEntry(OverviewChoice Choice, string Label, string Description);

/// <summary>
/// The overview after signing in, without a terminal: the association, how many members, campaigns by status, what
/// is coming up in the calendar, and the menu (businesses; my business for a member; campaigns once signed in; sign out).
/// </summary>
public sealed class OverviewModel
{
    /// <summary>How far ahead "coming up" looks.</summary>
    public const int UpcomingDays = 45;

    public OverviewModel(PlannerShell shell)
    {
        ArgumentNullException.ThrowIfNull(shell);
        Texts = shell.Texts;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(shell.Clock.GetUtcNow(), shell.Clock.LocalTimeZone).DateTime);
        Figures = OverviewFigures.Collect(shell.Current, today, UpcomingDays);
        var entries = new List<OverviewEntry> { new(OverviewChoice.Businesses, Texts.MenuBusinesses, Texts.MenuBusinessesHelp) };
        if (shell.Current.Session.BusinessId is not null)
        {
            entries.Add(new(OverviewChoice.MyBusiness, Texts.MenuMyBusiness, Texts.MenuMyBusinessHelp));
        }

        if (!shell.Current.Session.IsGuest)
        {
            var campaigns = CampaignTexts.Of(Texts);
            entries.Add(new(OverviewChoice.Campaigns, campaigns.Get("ListTitle"), campaigns.Get(shell.Current.Session.IsCoordinator ? "MenuCampaignsHelp" : "MenuCampaignsMemberHelp")));
        }

        entries.Add(new(OverviewChoice.SignOut, Texts.MenuSignOut, Texts.MenuSignOutHelp));
        Entries = entries;
    }

    public TuiTexts Texts { get; }

    public OverviewFigures Figures { get; }

    public IReadOnlyList<OverviewEntry> Entries { get; }

    public IReadOnlyList<MenuChoice> Choices => [.. Entries.Select(entry => new MenuChoice(entry.Label, entry.Description))];

    /// <summary>"Members: 45   Campaigns: 3 (1 draft, 0 planned, 1 running, 1 finished)".</summary>
    public string CountsLine => Texts.Format(nameof(TuiTexts.OverviewMembers), Figures.Members.ToString("N0", Texts.Culture)) + "   " + CampaignLine();

    /// <summary>"Coming up in the next 45 days".</summary>
    public string UpcomingHeading => Texts.Format(nameof(TuiTexts.OverviewUpcoming), UpcomingDays);

    /// <summary>One line per calendar entry coming up (dates, kind, name); "Nothing in the calendar." when none.</summary>
    public IReadOnlyList<string> UpcomingLines =>
        Figures.Upcoming.IsEmpty ? [Texts.OverviewNothingUpcoming] : [.. Figures.Upcoming.Select(EntryLine)];

    private string CampaignLine()
    {
        var parts = Enum.GetValues<CampaignStatus>()
            .Where(status => status != CampaignStatus.Cancelled || Figures.Campaigns.GetValueOrDefault(status) > 0)
            .Select(status => status == CampaignStatus.Cancelled
                ? $"{Figures.Campaigns.GetValueOrDefault(status).ToString(Texts.Culture)} {CampaignTexts.Of(Texts).Get("StatusCancelled")}"
                : Texts.Quantity("Status" + status, Figures.Campaigns.GetValueOrDefault(status)));
        return Texts.Format(nameof(TuiTexts.OverviewCampaigns), Figures.Campaigns.Values.Sum()) + " (" + string.Join(", ", parts) + ")";
    }

    private string EntryLine(CalendarEntry entry)
    {
        var finnish = Texts.Culture.TwoLetterISOLanguageName == "fi";
        var format = finnish ? "d.M." : "d MMM";
        var dates = entry.End is { } end && end != entry.Date
            ? $"{entry.Date.ToString(format, Texts.Culture)}–{end.ToString(format, Texts.Culture)}"
            : entry.Date.ToString(format, Texts.Culture);
        var kind = entry.Kind switch
        {
            CalendarEntryKind.Holiday => Texts.KindHoliday,
            CalendarEntryKind.Season => Texts.KindSeason,
            CalendarEntryKind.Event => Texts.KindEvent,
            _ => Texts.KindCampaign,
        };
        return $"  {WordFit.Pad(dates, 13)} {WordFit.Pad(kind, 11)} {(finnish ? entry.NameFi : entry.Name)}";
    }
}
