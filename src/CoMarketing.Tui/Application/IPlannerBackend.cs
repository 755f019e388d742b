using CoMarketing.Core.Association;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Budget;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Calendar;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Federation;
using CoMarketing.Core.Matching;
using CoMarketing.Core.Reference;

namespace CoMarketing.Tui.Application;

/// <summary>
/// What the planner's screens need from the outside world: the store, matching and reference data.
/// The Cli implements it over the SQLite store; tests use an in-memory fake. It does not check permissions:
/// <see cref="PlannerService"/> does, so a screen cannot bypass them.
/// </summary>
/// <remarks>Every write is one transaction with one audit entry, done by the implementation.</remarks>
public interface IPlannerBackend
{
    /// <summary>Reference lists: industries, municipalities, interests, channel profiles.</summary>
    ReferenceData Reference { get; }

    /// <summary>The clock of this run (today's date for file names and the calendar).</summary>
    TimeProvider Clock { get; }

    /// <summary>The export writers the command line's <c>export</c> uses, for the campaign workspace's export page.</summary>
    ICampaignExporter Exporter { get; }

    /// <summary>The folder the export page offers first (the user's documents folder, <c>CoMarketing</c> in it).</summary>
    string ExportFolder { get; }

    AssociationSettings GetAssociation();

    void UpdateAssociation(AssociationSettings settings, Actor actor);

    /// <summary>True when the database has no members and no campaigns yet (offer "create association" / "load demo").</summary>
    bool IsEmpty();

    /// <summary>Replaces the (empty) database with the demo association.</summary>
    void LoadDemo(Actor actor);

    /// <summary>How many active (not archived) members there are, counted without reading them.</summary>
    int CountBusinesses();

    /// <summary>Active (not archived) members, ordered by name.</summary>
    IReadOnlyList<Business> GetBusinesses();

    Business? GetBusiness(long id);

    /// <summary>Adds a new business and returns it with its store id.</summary>
    Business AddBusiness(Business business, Actor actor);

    void UpdateBusiness(Business business, Actor actor);

    void ArchiveBusiness(long id, Actor actor);

    IReadOnlyList<PairPreference> GetPairPreferences();

    IReadOnlyList<Campaign> GetCampaigns();

    Campaign? GetCampaign(long id);

    /// <summary>Saves a new campaign and returns it with its store id; <paramref name="note"/> goes into the audit entry.</summary>
    Campaign AddCampaign(Campaign campaign, Actor actor, string? note);

    /// <summary>Replaces a saved campaign; <paramref name="note"/> (a reopening's reason, a kept warning) goes into the audit entry.</summary>
    void UpdateCampaign(Campaign campaign, Actor actor, string? note);

    /// <summary>The association's budget plan (money planned per month), or null when none has been made.</summary>
    BudgetPlan? GetBudget();

    /// <summary>Replaces the whole budget plan in one audited write (as <c>campaign budget --set</c> does).</summary>
    void SaveBudget(BudgetPlan plan, Actor actor);

    /// <summary>Holidays, seasons, events and campaign entries of a year, sorted by date.</summary>
    IReadOnlyList<CalendarEntry> GetCalendar(int year);

    /// <summary>Ranked partners for a business; reasons in the given language.</summary>
    IReadOnlyList<PartnerMatch> FindPartners(long businessId, int top, Language language);

    /// <summary>
    /// Partners from the other associations of the federation, ranked with the association's own members (only the
    /// others' are returned), and the counts-only associations worth asking; <see cref="FederationSuggestions.Unavailable"/>
    /// on a store without a federation.
    /// </summary>
    FederationSuggestions FindFederationPartners(long businessId, int top, Language language);

    /// <summary>Why <paramref name="candidateId"/> is or is not a match for <paramref name="businessId"/>.</summary>
    MatchExplanation Explain(long businessId, long candidateId, Language language);

    GroupSuggestion SuggestGroup(long businessId, int size);

    /// <summary>Kiosk sign-in and PINs (salted PBKDF2 hashes, throttling and lock-out live behind this).</summary>
    IKioskAccounts Kiosk { get; }

    /// <summary>Unsaved form input kept per member when the kiosk times out; null key is the coordinator.</summary>
    IDraftStore Drafts { get; }

    /// <summary>Every member, archived ones too, ordered by name (the coordinator's member tools).</summary>
    IReadOnlyList<Business> GetAllBusinesses();

    /// <summary>Brings an archived business back: listed, matched and able to sign in again.</summary>
    void RestoreBusiness(long id, Actor actor);

    /// <summary>Sets (or replaces) the "never pair" / "fine together" mark <c>From</c> makes on <c>To</c>.</summary>
    void SetPairPreference(PairPreference preference, Actor actor);

    /// <summary>Removes the mark <paramref name="from"/> made on <paramref name="to"/>.</summary>
    void RemovePairPreference(long from, long to, Actor actor);

    /// <summary>Adds every business of a checked import at once: one transaction, one audit entry; all or nothing.</summary>
    IReadOnlyList<Business> ImportBusinesses(IReadOnlyCollection<Business> businesses, Actor actor);

    /// <summary>
    /// Copies the database to <paramref name="targetPath"/> (or, when null, a time-stamped file beside it) and returns
    /// the full path of the copy. Never overwrites a file.
    /// </summary>
    string Backup(string? targetPath);

    /// <summary>The database's problems in words (empty when sound).</summary>
    IReadOnlyList<string> Check();

    /// <summary>The problems of the backup file at <paramref name="path"/> (empty when it is a sound copy).</summary>
    IReadOnlyList<string> CheckBackup(string path);

    /// <summary>The newest audit entries that pass <paramref name="query"/>, newest first.</summary>
    AuditPage QueryAudit(AuditQuery query);

    /// <summary>Every action name the audit log holds, sorted (for the viewer's filter).</summary>
    IReadOnlyList<string> GetAuditActions();
}
