using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Components;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Editor;
using CoMarketing.Tui.Screens.Matches;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens.Businesses;

/// <summary>
/// The member list: a table (name, industry, municipality, customer type, channels and reach) with <c>/</c> filter,
/// sorting and scrolling over thousands of rows. Enter opens a business (the editor where the session may edit it,
/// otherwise its public profile), <c>m</c> its matches, <c>n</c> registers a new one (coordinator).
/// </summary>
public sealed record BusinessesScreen : IScreen
{
    public BusinessesScreen(PlannerService service, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(texts);
        Service = service;
        Texts = texts;
        Table = new TableView<BusinessListItem>(Load(), Columns(texts), texts.Culture);
    }

    public PlannerService Service { get; }

    public TuiTexts Texts { get; }

    public TableView<BusinessListItem> Table { get; private init; }

    public static IReadOnlyList<TableColumn<BusinessListItem>> Columns(TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return
        [
            new(texts.Get("BizColName"), item => item.Business.Name),
            new(texts.Get("BizColIndustry"), item => item.Industry),
            new(texts.Get("BizColMunicipality"), item => item.Municipality) { Width = 12 },
            new(texts.Get("BizColCustomers"), item => item.CustomerType) { Width = 10 },
            new(texts.Get("BizColChannels"), item => item.Channels)
            {
                Width = 10,
                Compare = (a, b) => a.Reach.CompareTo(b.Reach),
            },
        ];
    }

    /// <summary>The list read again (after a change), keeping sort, filter and the selected business.</summary>
    public BusinessesScreen Reloaded() => this with { Table = Table.WithItems(Load()) };

    public string GetTitle(ScreenContext context) => Texts.Get("BizTitle");

    public string? GetStatus(ScreenContext context) => Texts.Format("BizCount", Table.List.Count.ToString("N0", Texts.Culture));

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var t = Texts;
        var keys = new List<KeyBinding>
        {
            new("Enter", t.Get("BizKeyOpen")),
            new("m", t.Get("BizKeyMatches")),
            new("/", t.KeyFilter),
            new("s", t.KeySort),
        };
        if (Service.Session.IsCoordinator)
        {
            keys.Add(new KeyBinding("n", t.Get("BizKeyNew")));
        }

        keys.AddRange(
        [
            new KeyBinding(context.Unicode ? "↑↓ j/k" : "Up/Down j/k", t.KeyMove, InFooter: false),
            new KeyBinding("S", t.KeySortReverse, InFooter: false),
            new KeyBinding("g/G Home/End", t.KeyFirstLast, InFooter: false),
            new KeyBinding("PgUp/PgDn", t.KeyPage, InFooter: false),
        ]);
        return keys;
    }

    public ScreenResult Handle(KeyPress key, ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Table.List.IsFiltering)
        {
            if (key.Is(Key.Enter) && Table.SelectedItem is { } item)
            {
                return ScreenResult.Push(this, Open(item.Business.Id));
            }

            if (key.Is('m') && Table.SelectedItem is { } selected)
            {
                return ScreenResult.With(this, ScreenCommand.View(area => new MatchesView(area, selected.Business)));
            }

            if (key.Is('n') && Service.Session.IsCoordinator)
            {
                return ScreenResult.Push(this, BusinessEditorScreen.Open(Service, null, Texts, Refresh));
            }
        }

        return Table.TryHandle(key, context.Height, out var table)
            ? ScreenResult.Stay(this with { Table = table })
            : ScreenResult.Unhandled(this);
    }

    public IRenderable Render(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TableViewRenderer.Render(Table, context.Width, context.Height, context.Texts, context.Unicode);
    }

    /// <summary>The editor where this session may edit the business, otherwise its read-only profile.</summary>
    public IScreen Open(long businessId) => OpenBusiness(Service, businessId, Texts, Refresh);

    /// <summary>
    /// One business for this session: the editor where it may edit it, otherwise the read-only profile.
    /// <paramref name="refreshParent"/> rebuilds the screen below after a save (see <see cref="BusinessEditorScreen"/>).
    /// </summary>
    public static IScreen OpenBusiness(PlannerService service, long businessId, TuiTexts texts, Func<Business, IScreen>? refreshParent = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(texts);
        var business = service.GetBusiness(businessId);
        if (business is null)
        {
            return new MessageScreen(texts.Get("BizTitle"), texts.Format("BizGone", businessId), MessageKind.Warning);
        }

        return service.Session.CanEdit(businessId)
            ? BusinessEditorScreen.Open(service, business, texts, refreshParent)
            : new BusinessProfileScreen(service, business, texts);
    }

    private IScreen Refresh(Business saved) => Reloaded();

    private BusinessListItem[] Load()
    {
        var reference = Service.Backend.Reference;
        return [.. Service.GetBusinesses().Select(b => BusinessListItem.From(b, reference, Texts))];
    }
}
