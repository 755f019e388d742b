using CoMarketing.Core.Calendar;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Matching;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Application;

/// <summary>
/// Campaign rules: a member sees the campaigns it takes part in and may create or edit a draft that includes its
/// own business; only the coordinator plans, runs and finishes campaigns, and records their results. Competitors and "never pair" partners are
/// warned about; only the coordinator may keep one, with a reason that is audited.
/// </summary>
public sealed partial class PlannerService
{
    private const MatchExclusions Clashes = MatchExclusions.SameIndustry | MatchExclusions.OfferingOverlap | MatchExclusions.NeverPair;

    private CampaignTexts CampaignTexts => CampaignTexts.Of(Texts);

    /// <summary>The campaigns this session may see: all for the coordinator, its own for a member, none for a guest.</summary>
    public IReadOnlyList<Campaign> GetCampaigns() => [.. Backend.GetCampaigns().Where(MaySee)];

    /// <summary>A campaign this session may see, or null.</summary>
    /// <summary>
    /// Holidays, seasons and events of <paramref name="year"/>, with the entries of the campaigns this session may see
    /// only (a guest sees none, a member its own): campaign names and publications are the members' business.
    /// </summary>
    public IReadOnlyList<CalendarEntry> GetCalendar(int year) => CampaignCalendar.For(year, GetCampaigns());

    public Campaign? GetCampaign(long id) => Backend.GetCampaign(id) is { } campaign && MaySee(campaign) ? campaign : null;

    /// <summary>True when this session may change <paramref name="campaign"/>'s details and costs now.</summary>
    public bool CanEditCampaign(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (CampaignLifecycle.IsClosed(campaign.Status))
        {
            return false;
        }

        return Session.IsCoordinator || (campaign.Status == CampaignStatus.Draft && Session.BusinessId is { } own && campaign.Participants.Contains(own));
    }

    /// <summary>
    /// True when this session may record results of <paramref name="campaign"/>: the coordinator, once it is running or
    /// finished (the results report counts only those).
    /// </summary>
    public bool CanRecordResults(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return Session.IsCoordinator && campaign.Status is CampaignStatus.Running or CampaignStatus.Finished;
    }

    /// <summary>Every pair of <paramref name="partners"/> the matching rules keep apart, in partner order.</summary>
    public IReadOnlyList<PartnerWarning> PartnerWarnings(IReadOnlyList<long> partners)
    {
        ArgumentNullException.ThrowIfNull(partners);
        var language = Language;
        var warnings = new List<PartnerWarning>();
        for (var later = 1; later < partners.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                var explanation = Backend.Explain(partners[later], partners[earlier], language);
                var clash = explanation.Exclusions & Clashes;
                if (clash != MatchExclusions.None)
                {
                    warnings.Add(new PartnerWarning(partners[later], explanation.Business.Name, partners[earlier], explanation.Candidate.Name, clash, string.Join("; ", explanation.Failures)));
                }
            }
        }

        return warnings;
    }

    /// <summary>Saves a new campaign; <paramref name="kept"/> gives the coordinator's reason for each warned partner kept.</summary>
    public Campaign CreateCampaign(Campaign campaign, IReadOnlyDictionary<long, string>? kept = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        Demand(!Session.IsGuest, CampaignTexts.Get("PermGuest"));
        if (!Session.IsCoordinator)
        {
            Demand(campaign.Status == CampaignStatus.Draft, CampaignTexts.Get("PermDraftOnly"));
            Demand(Session.BusinessId is { } own && campaign.Participants.Contains(own), CampaignTexts.Get("PermOwnDraft"));
        }

        EnsureUniqueName(campaign);
        var note = KeptNote(PartnerWarnings(campaign.Participants), [], kept);
        return Backend.AddCampaign(campaign, Session.Actor, note);
    }

    /// <summary>
    /// Saves changes to a campaign (not its status: see <see cref="ChangeStatus"/>; its results only for the coordinator);
    /// warnings only for new partners. Returns the campaign as stored now (its new version is the base of the next save).
    /// A save based on an older version than the stored one (someone else saved meanwhile) is refused by the backend.
    /// </summary>
    public Campaign UpdateCampaign(Campaign campaign, IReadOnlyDictionary<long, string>? kept = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var stored = Backend.GetCampaign(campaign.Id) ?? throw new DomainException(CampaignTexts.Format("CampaignGone", campaign.Id));
        Demand(MaySee(stored), CampaignTexts.Get("PermNotYours"));
        DemandSameVersion(campaign.Id, campaign.Version, stored.Version, stored.Name);
        Demand(campaign.Status == stored.Status, CampaignTexts.Get("StatusThroughLifecycle"));
        Demand(Session.IsCoordinator || SameResults(stored.Results, campaign.Results), CampaignTexts.Get("PermResults"));
        DemandPlanRights(stored, campaign);
        if (CampaignLifecycle.IsClosed(stored.Status))
        {
            Demand(Session.IsCoordinator && CostItemsComparer.Same(stored.CostItems, campaign.CostItems), CampaignTexts.Get("CostsLocked"));
        }
        else
        {
            Demand(CanEditCampaign(stored), CampaignTexts.Get(Session.IsCoordinator ? "CostsLocked" : "PermDraftOnly"));
            Demand(Session.IsCoordinator || (Session.BusinessId is { } own && campaign.Participants.Contains(own)), CampaignTexts.Get("PermOwnDraft"));
        }

        EnsureUniqueName(campaign);
        var note = KeptNote(PartnerWarnings(campaign.Participants), stored.Participants, kept);
        Refusable(() => Backend.UpdateCampaign(campaign, Session.Actor, note), stored.Name);
        return Backend.GetCampaign(campaign.Id) ?? campaign;
    }

    /// <summary>Moves a campaign to <paramref name="status"/> by <see cref="CampaignLifecycle"/>; a reopening's reason is audited.</summary>
    public Campaign ChangeStatus(long id, CampaignStatus status, string? reason)
    {
        var stored = GetCampaign(id) ?? throw new DomainException(CampaignTexts.Format("CampaignGone", id));
        switch (CampaignLifecycle.Check(stored.Status, status, Session.Actor.Kind, reason))
        {
            case StatusVerdict.Unchanged:
                return stored;
            case StatusVerdict.NeedsCoordinator:
                throw new DomainException(CampaignTexts.Get("PermStatus"));
            case StatusVerdict.NeedsReason:
                throw new DomainException(CampaignTexts.Get("ReopenNeedsReason"));
        }

        var moved = CampaignLifecycle.Move(stored, status, Session.Actor.Kind, reason);
        var note = CampaignLifecycle.IsReopening(stored.Status, status) ? $"reopened: {reason!.Trim()}" : reason?.Trim();
        Backend.UpdateCampaign(moved, Session.Actor, string.IsNullOrEmpty(note) ? null : note);
        return Backend.GetCampaign(id) ?? moved;
    }

    private static bool SameResults(IEnumerable<CampaignResult> stored, IEnumerable<CampaignResult> changed)
    {
        static IEnumerable<CampaignResult> Ordered(IEnumerable<CampaignResult> results)
            => results.OrderBy(r => r.Participant).ThenBy(r => r.PeriodStart).ThenBy(r => r.Period);

        return Ordered(stored).SequenceEqual(Ordered(changed));
    }

    private bool MaySee(Campaign campaign)
        => Session.IsCoordinator || (Session.BusinessId is { } own && campaign.Participants.Contains(own));

    private void EnsureUniqueName(Campaign campaign)
    {
        var clash = Backend.GetCampaigns().FirstOrDefault(c => c.Id != campaign.Id && string.Equals(c.Name, campaign.Name, StringComparison.OrdinalIgnoreCase));
        Demand(clash is null, CampaignTexts.Format("NameTaken", campaign.Name));
    }

    private string? KeptNote(IReadOnlyList<PartnerWarning> warnings, IReadOnlyCollection<long> alreadyIn, IReadOnlyDictionary<long, string>? kept)
    {
        var fresh = warnings.Where(w => !alreadyIn.Contains(w.Partner) || !alreadyIn.Contains(w.Other)).ToList();
        if (fresh.Count == 0)
        {
            return null;
        }

        Demand(Session.IsCoordinator, CampaignTexts.Format("PermKeepWarned", fresh[0].PartnerName, fresh[0].OtherName, fresh[0].Reason));
        var missing = fresh.FirstOrDefault(w => kept is null || !kept.TryGetValue(w.Partner, out var why) || string.IsNullOrWhiteSpace(why));
        Demand(missing is null, missing is null ? string.Empty : CampaignTexts.Format("KeepNeedsReason", missing.PartnerName, missing.OtherName, missing.Reason));
        return string.Join("; ", fresh.Select(w => $"kept {w.PartnerName} beside {w.OtherName} ({w.Reason}): {kept![w.Partner].Trim()}"));
    }
}
