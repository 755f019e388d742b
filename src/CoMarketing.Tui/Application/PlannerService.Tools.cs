using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Kiosk;
using CoMarketing.Reports.Import;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Application;

/// <summary>
/// The coordinator's and the member's own tools (issue 8 §3). Each is checked against the session here, whatever a
/// screen shows: the coordinator tools refuse a member and a guest; a member changes only its own marks and PIN.
/// </summary>
public sealed partial class PlannerService
{
    /// <summary>The texts of the tools, in the planner's language.</summary>
    public ToolTexts ToolTexts => ToolTexts.For(Texts.Culture);

    /// <summary>The planner's language as Core knows it (for Core's own messages).</summary>
    public Language Language => Refusals.LanguageOf(Texts.Culture);

    /// <summary>Every member, archived ones too (coordinator).</summary>
    public IReadOnlyList<Business> GetAllMembers()
    {
        DemandCoordinator();
        return Backend.GetAllBusinesses();
    }

    /// <summary>A member's kiosk account: PIN set, wrong PINs, lock (coordinator).</summary>
    public KioskAccountState GetMemberState(long businessId)
    {
        DemandCoordinator();
        return Backend.Kiosk.GetMemberState(businessId);
    }

    /// <summary>The coordinator gives a member a new PIN (also lifting any lock).</summary>
    public void ResetMemberPin(long businessId, string pin)
    {
        DemandCoordinator();
        DemandStrongPin(pin);
        Backend.Kiosk.SetMemberPin(businessId, pin, Session.Actor);
    }

    /// <summary>The coordinator lifts a member's lock, keeping its PIN.</summary>
    public void UnlockMember(long businessId)
    {
        DemandCoordinator();
        Backend.Kiosk.UnlockMember(businessId, Session.Actor);
    }

    /// <summary>The coordinator brings an archived member back.</summary>
    public void RestoreBusiness(long businessId)
    {
        DemandCoordinator();
        Backend.RestoreBusiness(businessId, Session.Actor);
    }

    /// <summary>The marks <paramref name="businessId"/> has made: its own (a member) or anyone's (the coordinator).</summary>
    public IReadOnlyList<PairPreference> GetPairMarks(long businessId)
    {
        Demand(Session.CanEdit(businessId), ToolTexts.Get("PermOwnMarks"));
        return [.. Backend.GetPairPreferences().Where(p => p.From == businessId)];
    }

    public void SetPairMark(long from, long to, PairPreferenceKind kind)
    {
        Demand(Session.CanEdit(from), ToolTexts.Get("PermOwnMarks"));
        Backend.SetPairPreference(new PairPreference(from, to, kind), Session.Actor);
    }

    public void RemovePairMark(long from, long to)
    {
        Demand(Session.CanEdit(from), ToolTexts.Get("PermOwnMarks"));
        Backend.RemovePairPreference(from, to, Session.Actor);
    }

    /// <summary>Reads and checks an import file without writing anything (coordinator).</summary>
    public ImportReport PreviewImport(string path)
    {
        DemandCoordinator();
        return ReadImport(path);
    }

    /// <summary>
    /// Imports the file: read and checked again (the members may have changed since the preview), then all its
    /// businesses in one transaction, or nothing when any row has an error.
    /// </summary>
    public IReadOnlyList<Business> ImportMembers(string path)
    {
        DemandCoordinator();
        var report = ReadImport(path);
        Demand(report.IsValid, ToolTexts.Format("ImportRefused", report.Errors.Count));
        Demand(report.Businesses.Count > 0, ToolTexts.Get("ImportEmpty"));
        return Backend.ImportBusinesses(report.Businesses, Session.Actor);
    }

    public string Backup(string? targetPath)
    {
        DemandCoordinator();
        return Backend.Backup(string.IsNullOrWhiteSpace(targetPath) ? null : targetPath.Trim());
    }

    public IReadOnlyList<string> CheckDatabase()
    {
        DemandCoordinator();
        return Backend.Check();
    }

    public IReadOnlyList<string> CheckBackup(string path)
    {
        DemandCoordinator();
        return Backend.CheckBackup(path);
    }

    public AuditPage QueryAudit(AuditQuery query)
    {
        DemandCoordinator();
        return Backend.QueryAudit(query);
    }

    public IReadOnlyList<string> GetAuditActions()
    {
        DemandCoordinator();
        return Backend.GetAuditActions();
    }

    /// <summary>A signed-in member changes its own PIN; the current PIN is checked like a sign-in.</summary>
    public SignInResult ChangeOwnPin(string currentPin, string newPin)
    {
        Demand(Session.BusinessId is not null, ToolTexts.Get("PermChangePin"));
        DemandStrongPin(newPin);
        return Backend.Kiosk.ChangeMemberPin(Session.BusinessId!.Value, currentPin, newPin);
    }

    /// <summary>
    /// While no coordinator PIN exists, whoever chooses one becomes the coordinator (audited as done by this session).
    /// Returns the service for the coordinator's session.
    /// </summary>
    public PlannerService ClaimCoordinator(string pin)
    {
        Demand(!Backend.Kiosk.CoordinatorHasPin(), ToolTexts.Get("ClaimTaken"));
        DemandStrongPin(pin);
        Backend.Kiosk.SetCoordinatorPin(pin, Session.Actor);
        return For(Session.Coordinator);
    }

    private ImportReport ReadImport(string path)
    {
        Demand(!string.IsNullOrWhiteSpace(path), ToolTexts.Get("ImportNoPath"));
        var full = Path.GetFullPath(path.Trim());
        Demand(File.Exists(full), ToolTexts.Format("ImportNoFile", full));
        var existing = Backend.GetAllBusinesses();

        // Rows without a municipality get the one most members are in (as the import command does).
        var home = existing.GroupBy(b => b.Municipality).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();
        using var stream = File.OpenRead(full);
        return MemberImporter.Read(stream, full, Backend.Reference, existing, existing.Count > 0 ? home : null);
    }

    private void DemandCoordinator() => Demand(Session.IsCoordinator, ToolTexts.Get("PermCoordinatorTool"));

    private void DemandStrongPin(string pin)
    {
        if (Pin.CheckNew(pin) is { } rejection)
        {
            throw new DomainException(rejection.Message(Language));
        }
    }
}
