using CoMarketing.Cli.Commands.Export;
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
using CoMarketing.Storage;
using CoMarketing.Storage.Demo;
using CoMarketing.Storage.Reference;
using CoMarketing.Tui.Application;

namespace CoMarketing.Cli.Planner;

/// <summary>
/// The planner's backend over the LiteDB <see cref="Store"/>. Everything is read on demand, so the first frame needs
/// only the association and two counts; the reference lists are read from <c>data/</c> when first needed, and the
/// partner matcher is built once and rebuilt after a change to businesses or the association.
/// </summary>
public sealed partial class StoreBackend : IPlannerBackend
{
    private readonly IStore _store;
    private readonly TimeProvider _clock;
    private readonly Lazy<ReferenceData> _reference;
    private readonly Lazy<StoreKioskAccounts> _kiosk;
    private readonly Lazy<StoreDraftStore> _drafts;
    private PartnerMatcher? _matcher;

    public StoreBackend(IStore store, TimeProvider clock, string? referenceFolder = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        _store = store;
        _clock = clock;
        _reference = new Lazy<ReferenceData>(() => ReferenceDataFiles.Load(referenceFolder));
        _kiosk = new Lazy<StoreKioskAccounts>(() => new StoreKioskAccounts(store, clock));
        _drafts = new Lazy<StoreDraftStore>(() => new StoreDraftStore(store, clock));
    }

    public ReferenceData Reference => _reference.Value;

    public IKioskAccounts Kiosk => _kiosk.Value;

    public TimeProvider Clock => _clock;

    /// <summary>The export writers with the association's payment terms as they are at the moment of the export.</summary>
    public ICampaignExporter Exporter => new ReportsCampaignExporter(() => SummaryExport.TermsOf(_store.Association.Get(), _clock));

    /// <summary>
    /// <c>Documents/CoMarketing</c> in the user's home (Windows: the Documents folder), where a café owner finds the
    /// file again in the file manager; the folder is created only when something is exported.
    /// </summary>
    public string ExportFolder
    {
        get
        {
            var documents = Environment.GetFolderPath(Environment.SpecialFolder.MyDocuments);
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (documents.Length == 0 || string.Equals(documents, home, StringComparison.Ordinal))
            {
                documents = Path.Combine(home.Length == 0 ? Environment.CurrentDirectory : home, "Documents");
            }

            return Path.Combine(documents, "CoMarketing");
        }
    }

    public IDraftStore Drafts => _drafts.Value;

    public AssociationSettings GetAssociation() => _store.Association.Get();

    public void UpdateAssociation(AssociationSettings settings, Actor actor)
    {
        _store.Association.Update(settings, actor);
        _matcher = null;
    }

    public bool IsEmpty() => !_store.Businesses.Any(includeArchived: true) && !_store.Campaigns.Any();

    public void LoadDemo(Actor actor)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), _clock.LocalTimeZone).DateTime);
        DemoInstaller.Install(_store, DemoAssociation.Build(today), replace: !IsEmpty(), actor, _clock);
        _matcher = null;
    }

    public int CountBusinesses() => _store.Businesses.Count();

    public IReadOnlyList<Business> GetBusinesses() =>
        [.. _store.Businesses.GetAll().OrderBy(b => b.Name, StringComparer.CurrentCultureIgnoreCase)];

    public Business? GetBusiness(long id) => _store.Businesses.Get(id);

    public Business AddBusiness(Business business, Actor actor)
    {
        var added = _store.Businesses.Add(business, actor);
        _matcher = null;
        return added;
    }

    public void UpdateBusiness(Business business, Actor actor)
    {
        Refusable(() => _store.Businesses.Update(business, actor));
        _matcher = null;
    }

    public void ArchiveBusiness(long id, Actor actor)
    {
        _store.Businesses.Archive(id, actor);
        _matcher = null;
    }

    public IReadOnlyList<PairPreference> GetPairPreferences() => _store.PairPreferences.GetAll();

    public IReadOnlyList<Campaign> GetCampaigns() => _store.Campaigns.GetAll();

    public Campaign? GetCampaign(long id) => _store.Campaigns.Get(id);

    public Campaign AddCampaign(Campaign campaign, Actor actor, string? note) => _store.Campaigns.Add(campaign, actor, note);

    public void UpdateCampaign(Campaign campaign, Actor actor, string? note) => Refusable(() => _store.Campaigns.Update(campaign, actor, note));

    public BudgetPlan? GetBudget() => _store.Budget.Get();

    /// <summary>The same audited write as <c>campaign budget --set</c> (<c>budget.save</c>), by the planner's user.</summary>
    public void SaveBudget(BudgetPlan plan, Actor actor) => _store.Budget.Save(plan, actor);

    /// <summary>
    /// A save refused because another kiosk changed the record since this one read it reaches the screens as a
    /// <see cref="DomainException"/> around a <see cref="SavedElsewhereException"/>: the screens show the message and
    /// offer to reload theirs or keep their own changes (<see cref="PlannerService.IsSavedElsewhere"/>).
    /// </summary>
    private static void Refusable(Action save)
    {
        try
        {
            save();
        }
        catch (ChangedElsewhereException changed)
        {
            throw new DomainException(changed.Message, new SavedElsewhereException(changed.Id, changed.BasedOn, changed.Current));
        }
    }

    public IReadOnlyList<CalendarEntry> GetCalendar(int year) => CampaignCalendar.For(year, GetCampaigns());

    public IReadOnlyList<PartnerMatch> FindPartners(long businessId, int top, Language language) =>
        Matcher().FindPartners(businessId, top, MatchWording.For(Reference, language));

    /// <remarks>Read afresh each time: other associations change what they share without this kiosk knowing.</remarks>
    public FederationSuggestions FindFederationPartners(long businessId, int top, Language language)
    {
        if (!_store.Federation.IsAvailable)
        {
            return FederationSuggestions.Unavailable;
        }

        var matcher = Commands.MatchingSupport.FederatedMatcher(_store, Reference);
        var business = _store.Businesses.Get(businessId) ?? throw DomainException.Of("NoBusinessWithId", businessId);
        return new FederationSuggestions(
            true,
            [.. matcher.FindPartners(businessId, top, MatchWording.For(Reference, language)).Where(m => m.IsFederation)],
            matcher.CountHints(business));
    }

    public MatchExplanation Explain(long businessId, long candidateId, Language language) =>
        Matcher().Explain(businessId, candidateId, MatchWording.For(Reference, language));

    public GroupSuggestion SuggestGroup(long businessId, int size) => Matcher().SuggestGroup(businessId, size);

    // The same matcher as the match command's: related interests and the priors of finished campaigns.
    private PartnerMatcher Matcher() => _matcher ??= Commands.MatchingSupport.Matcher(_store, Reference);
}
