using CoMarketing.Core.Association;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Budget;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Calendar;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Demo;
using CoMarketing.Core.Federation;
using CoMarketing.Core.Matching;
using CoMarketing.Core.Reference;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Tests.Support;

namespace CoMarketing.Tui.Tests.Application;

/// <summary>
/// An in-memory <see cref="IPlannerBackend"/> for screen tests: the demo association (or an empty one), real matching
/// (<see cref="PartnerMatcher"/>, rebuilt after a change), the repository's reference data, the Finnish calendar with
/// campaign entries, a fake kiosk and drafts. Every write is recorded in <see cref="Writes"/>.
/// </summary>
internal sealed partial class InMemoryPlannerBackend : IPlannerBackend
{
    private readonly List<Business> _businesses = [];
    private readonly List<PairPreference> _preferences = [];
    private readonly List<Campaign> _campaigns = [];
    private readonly DateOnly _today;
    private AssociationSettings _settings = AssociationSettings.Default;
    private BudgetPlan? _budget;
    private PartnerMatcher? _matcher;

    private InMemoryPlannerBackend(TimeProvider clock)
    {
        Clock = clock;
        _today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Accounts = new InMemoryKioskAccounts(clock);
        DraftStore = new InMemoryDraftStore();
    }

    public TimeProvider Clock { get; }

    public ReferenceData Reference => TestReferenceData.Instance;

    public ICampaignExporter Exporter { get; } = new TextCampaignExporter();

    /// <summary>A fresh temporary folder per backend (tests that export delete it).</summary>
    public string ExportFolder { get; } = Path.Combine(Path.GetTempPath(), "comarketing-tui-exports", Guid.NewGuid().ToString("N"));

    public InMemoryKioskAccounts Accounts { get; }

    public IKioskAccounts Kiosk => Accounts;

    public InMemoryDraftStore DraftStore { get; }

    public IDraftStore Drafts => DraftStore;

    /// <summary>Writes in order (the kiosk's own writes are in <see cref="InMemoryKioskAccounts.Writes"/>).</summary>
    public List<BackendWrite> Writes { get; } = [];

    /// <summary>A database with the default association and no members (the first start).</summary>
    public static InMemoryPlannerBackend Empty(TimeProvider? clock = null) => new(clock ?? new ManualTimeProvider());

    /// <summary>The demo association with ids 1..n, dated around the clock's today.</summary>
    public static InMemoryPlannerBackend Demo(TimeProvider? clock = null)
    {
        var backend = Empty(clock);
        backend.Install(DemoAssociation.Build(backend._today));
        return backend;
    }

    /// <summary>The demo business with exactly this name.</summary>
    public Business Named(string name) => _businesses.Single(b => b.Name == name);

    public AssociationSettings GetAssociation() => _settings;

    public void UpdateAssociation(AssociationSettings settings, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _matcher = null;
        Writes.Add(new BackendWrite(nameof(UpdateAssociation), actor, null, settings.Name));
    }

    public bool IsEmpty() => _businesses.Count == 0 && _campaigns.Count == 0;

    public void LoadDemo(Actor actor)
    {
        Install(DemoAssociation.Build(_today));
        Writes.Add(new BackendWrite(nameof(LoadDemo), actor));
    }

    public int CountBusinesses() => _businesses.Count(b => !b.Archived);

    /// <summary>How many times every member was read (<see cref="GetBusinesses"/>).</summary>
    public int BusinessReads { get; private set; }

    /// <summary>Runs inside every <see cref="GetBusinesses"/> (a test holds the read there, or makes it fail).</summary>
    public Action? DuringRead { get; set; }

    public IReadOnlyList<Business> GetBusinesses()
    {
        BusinessReads++;
        DuringRead?.Invoke();
        return [.. _businesses.Where(b => !b.Archived).OrderBy(b => b.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    public Business? GetBusiness(long id) => _businesses.FirstOrDefault(b => b.Id == id);

    public Business AddBusiness(Business business, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(business);
        if (_businesses.Any(b => string.Equals(b.Name, business.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"A business named '{business.Name}' is already a member.");
        }

        var added = business.WithId(_businesses.Count == 0 ? 1 : _businesses.Max(b => b.Id) + 1);
        _businesses.Add(added);
        _matcher = null;
        Writes.Add(new BackendWrite(nameof(AddBusiness), actor, added.Id, added.Name));
        return added;
    }

    public void UpdateBusiness(Business business, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(business);
        var index = _businesses.FindIndex(b => b.Id == business.Id);
        if (index < 0)
        {
            throw new DomainException($"Business {business.Id} no longer exists.");
        }

        _businesses[index] = business;
        _matcher = null;
        Writes.Add(new BackendWrite(nameof(UpdateBusiness), actor, business.Id, business.Name));
    }

    public void ArchiveBusiness(long id, Actor actor)
    {
        var business = GetBusiness(id) ?? throw new DomainException($"Business {id} no longer exists.");
        _businesses[_businesses.IndexOf(business)] = new Business(business.Id, business.Name, business.BusinessId, business.Industry,
            business.Offerings, business.Municipality, business.Catchment, business.CustomerType, business.Contact, business.Notes,
            true, business.Audience, business.Channels);
        _matcher = null;
        Writes.Add(new BackendWrite(nameof(ArchiveBusiness), actor, id, business.Name));
    }

    public IReadOnlyList<PairPreference> GetPairPreferences() => [.. _preferences];

    public IReadOnlyList<Campaign> GetCampaigns() => [.. _campaigns];

    public Campaign? GetCampaign(long id) => _campaigns.FirstOrDefault(c => c.Id == id);

    public Campaign AddCampaign(Campaign campaign, Actor actor, string? note)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var c = campaign;
        var added = new Campaign(_campaigns.Count == 0 ? 1 : _campaigns.Max(x => x.Id) + 1, c.Name, c.Goal, c.Start, c.End, c.Status, c.Participants, c.CostItems, c.Plan, c.Results);
        added = added with { Version = 1 };
        _campaigns.Add(added);
        Writes.Add(new BackendWrite(nameof(AddCampaign), actor, added.Id, note is null ? added.Name : $"{added.Name}: {note}"));
        return added;
    }

    public void UpdateCampaign(Campaign campaign, Actor actor, string? note)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var index = _campaigns.FindIndex(c => c.Id == campaign.Id);
        if (index < 0)
        {
            throw new DomainException($"There is no campaign with id {campaign.Id} to update.");
        }

        // Each save is a new version, as in the stores (the planner refuses a save based on an older one).
        _campaigns[index] = campaign with { Version = _campaigns[index].Version + 1 };
        Writes.Add(new BackendWrite(nameof(UpdateCampaign), actor, campaign.Id, note is null ? campaign.Name : $"{campaign.Name}: {note}"));
    }

    public BudgetPlan? GetBudget() => _budget;

    public void SaveBudget(BudgetPlan plan, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _budget = plan;
        Writes.Add(new BackendWrite(nameof(SaveBudget), actor, null, $"{plan.Horizon} months, {plan.Total}"));
    }

    public IReadOnlyList<CalendarEntry> GetCalendar(int year) => CampaignCalendar.For(year, _campaigns);

    public IReadOnlyList<PartnerMatch> FindPartners(long businessId, int top, Language language) =>
        Matcher().FindPartners(businessId, top, MatchWording.For(Reference, language));

    /// <summary>What the other associations share; none by default (like a LiteDB file).</summary>
    public FederationSnapshot Federation { get; set; } = FederationSnapshot.Unavailable;

    public FederationSuggestions FindFederationPartners(long businessId, int top, Language language)
    {
        if (!Federation.Available)
        {
            return FederationSuggestions.Unavailable;
        }

        var matcher = new FederatedMatcher(_businesses, _preferences, MatchSettings.From(_settings), Federation);
        return new FederationSuggestions(
            true,
            [.. matcher.FindPartners(businessId, top, MatchWording.For(Reference, language)).Where(m => m.IsFederation)],
            matcher.CountHints(_businesses.Single(b => b.Id == businessId)));
    }

    public MatchExplanation Explain(long businessId, long candidateId, Language language) =>
        Matcher().Explain(businessId, candidateId, MatchWording.For(Reference, language));

    public GroupSuggestion SuggestGroup(long businessId, int size) => Matcher().SuggestGroup(businessId, size);

    private PartnerMatcher Matcher() => _matcher ??= new PartnerMatcher(_businesses, _preferences, MatchSettings.From(_settings));

    private void Install(DemoDataSet demo)
    {
        _settings = demo.Settings;
        _businesses.Clear();
        _businesses.AddRange(demo.Businesses);
        _preferences.Clear();
        _preferences.AddRange(demo.PairPreferences);
        _campaigns.Clear();
        _campaigns.AddRange(demo.Campaigns.Select(c => c with { Version = 1 }));
        _budget = demo.Campaigns.Count == 0 ? null : DemoBudget.Plan(demo.Campaigns.Min(c => c.Start));
        _matcher = null;
    }
}
