using System.Collections.Immutable;
using CoMarketing.Core.Calendar;
using CoMarketing.Core.Campaigns;
using CoMarketing.Tui.Components;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens.Overview;

/// <summary>
/// The overview after signing in: the association, how many members, campaigns by status, what is coming up in the
/// calendar, and a menu to the other screens (businesses, my business for a member, sign out).
/// </summary>
public sealed record OverviewScreen : IScreen
{
    /// <summary>How far ahead "coming up" looks.</summary>
    public const int UpcomingDays = 45;

    private OverviewScreen(PlannerShell shell, OverviewFigures figures, ListView<MenuItem> menu)
    {
        Shell = shell;
        Figures = figures;
        Menu = menu;
    }

    public PlannerShell Shell { get; }

    public OverviewFigures Figures { get; }

    public ListView<MenuItem> Menu { get; private init; }

    /// <summary>The overview for whoever is signed in to <paramref name="shell"/> now.</summary>
    public static OverviewScreen Create(PlannerShell shell)
    {
        ArgumentNullException.ThrowIfNull(shell);
        var service = shell.Current;
        var texts = shell.Texts;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(shell.Clock.GetUtcNow(), shell.Clock.LocalTimeZone).DateTime);
        var figures = OverviewFigures.Collect(shell.Backend, today, UpcomingDays);
        var items = new List<MenuItem>
        {
            new(texts.MenuBusinesses, texts.MenuBusinessesHelp, () => ScreenCommand.Area(nameof(TuiTexts.MenuBusinesses))),
        };
        if (service.Session.BusinessId is { } own)
        {
            items.Add(new MenuItem(texts.MenuMyBusiness, texts.MenuMyBusinessHelp, () => ScreenCommand.Area("MenuMyBusiness")));
        }

        items.Add(new MenuItem(texts.MenuSignOut, texts.MenuSignOutHelp, () =>
        {
            shell.SignOut();
            return ScreenCommand.ResetTo(shell.Welcome());
        }));
        return new OverviewScreen(shell, figures, new ListView<MenuItem>(items, item => item.Label));
    }

    public string GetTitle(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Texts.OverviewTitle;
    }

    /// <summary>Who is signed in: the business's name, "coordinator" or "guest".</summary>
    public string? GetStatus(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = Shell.Current.Session;
        return session.IsCoordinator ? context.Texts.Coordinator
            : session.BusinessId is { } id ? Shell.Backend.GetBusiness(id)?.Name ?? context.Texts.Guest
            : context.Texts.Guest;
    }

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context) => MenuKeys.Bindings(context);

    public ScreenResult Handle(KeyPress key, ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (MenuKeys.TryPick(Menu, key, Menu.Count, out var picked, out var command))
        {
            var next = this with { Menu = picked };
            return command is null ? ScreenResult.Stay(next) : ScreenResult.With(next, command);
        }

        return !key.Is('/') && Menu.TryHandle(key, Menu.Count, out var menu)
            ? ScreenResult.Stay(this with { Menu = menu })
            : ScreenResult.Unhandled(this);
    }

    public IRenderable Render(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        var width = context.Width;
        var rows = new List<IRenderable>
        {
            new Text(TextFit.Fit(Figures.AssociationName, width), Styles.Header),
            new Text(TextFit.Fit(texts.Format(nameof(TuiTexts.OverviewMembers), Figures.Members) + "   " + CampaignLine(texts), width)),
            Text.Empty,
        };
        var labels = Menu.Items.Select((item, i) => (item, i)).ToDictionary(p => p.item, p => $"{p.i + 1}. {p.item.Label}");
        rows.Add(ListRenderer.Render(Menu, item => labels[item], width, Menu.Count, texts, context.Unicode));
        if (Menu.SelectedItem is { Description.Length: > 0 } chosen)
        {
            rows.Add(new Text(TextFit.Fit(chosen.Description, width), Styles.Dim));
        }

        rows.Add(Text.Empty);
        rows.Add(new Text(TextFit.Fit(texts.Format(nameof(TuiTexts.OverviewUpcoming), UpcomingDays), width), Styles.Header));
        var room = Math.Max(context.Height - Menu.Count - 6, 1);
        if (Figures.Upcoming.IsEmpty)
        {
            rows.Add(new Text(texts.OverviewNothingUpcoming, Styles.Dim));
        }

        foreach (var entry in Figures.Upcoming.Take(room))
        {
            rows.Add(new Text(TextFit.Fit(EntryLine(entry, texts), width)));
        }

        return new Rows(rows);
    }

    private string CampaignLine(TuiTexts texts)
    {
        var parts = Enum.GetValues<CampaignStatus>()
            .Where(status => status != CampaignStatus.Cancelled || Figures.Campaigns.GetValueOrDefault(status) > 0)
            .Select(status => status == CampaignStatus.Cancelled
                ? $"{Figures.Campaigns.GetValueOrDefault(status).ToString(texts.Culture)} {CampaignTexts.Of(texts).Get("StatusCancelled")}"
                : texts.Quantity("Status" + status, Figures.Campaigns.GetValueOrDefault(status)));
        return texts.Format(nameof(TuiTexts.OverviewCampaigns), Figures.Campaigns.Values.Sum()) + " (" + string.Join(", ", parts) + ")";
    }

    private static string EntryLine(CalendarEntry entry, TuiTexts texts)
    {
        var finnish = texts.Culture.TwoLetterISOLanguageName == "fi";
        var format = finnish ? "d.M." : "d MMM";
        var dates = entry.End is { } end && end != entry.Date
            ? $"{entry.Date.ToString(format, texts.Culture)}–{end.ToString(format, texts.Culture)}"
            : entry.Date.ToString(format, texts.Culture);
        var kind = entry.Kind switch
        {
            CalendarEntryKind.Holiday => texts.KindHoliday,
            CalendarEntryKind.Season => texts.KindSeason,
            CalendarEntryKind.Event => texts.KindEvent,
            _ => texts.KindCampaign,
        };
        return $"  {TextFit.Pad(dates, 13)} {TextFit.Pad(kind, 11)} {(finnish ? entry.NameFi : entry.Name)}";
    }
}
