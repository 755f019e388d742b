using System.Globalization;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// Create or edit a campaign's details: name (unique ignoring case), goal and target, dates (<c>1.3.2027</c> or ISO),
/// and partners added and removed with search. Competitors and "never pair" partners are warned about with the
/// matching rule's reason; the coordinator may keep one by giving a reason (audited). Errors are kept per field.
/// </summary>
public sealed class CampaignFormModel
{
    public const string NameField = "Name";
    public const string TargetField = "Target";
    public const string StartField = "Start";
    public const string EndField = "End";
    public const string PartnersField = "Partners";

    private readonly PlannerService _service;
    private Campaign? _existing;
    private readonly List<long> _partners;
    private readonly Lazy<IReadOnlyList<Business>> _members;
    private readonly Dictionary<long, string> _kept = [];
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    private CampaignFormModel(PlannerService service, Campaign? existing, IEnumerable<long> partners, IReadOnlyList<Business>? members)
    {
        _service = service;
        _existing = existing;
        Format = new CampaignFormat(CampaignTexts.Of(service.Texts));
        _partners = [.. partners.Distinct()];
        // Read once per form (or given, read behind a spinner by the workspace's opener), not at every key.
        _members = members is null ? new Lazy<IReadOnlyList<Business>>(service.GetBusinesses) : new Lazy<IReadOnlyList<Business>>(members);
        if (existing is null && service.Session.BusinessId is { } own && !_partners.Contains(own))
        {
            _partners.Insert(0, own);
        }

        Warnings = service.PartnerWarnings(_partners);
    }

    /// <summary>A blank form, or one started "with these partners" from the matches or group screen.</summary>
    /// <param name="service">The signed-in session's service.</param>
    /// <param name="partners">The businesses it starts with.</param>
    /// <param name="members">The members to choose partners from, when already read (else read when first needed).</param>
    public static CampaignFormModel ForNew(PlannerService service, IEnumerable<long>? partners = null, IReadOnlyList<Business>? members = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new CampaignFormModel(service, null, partners ?? [], members);
    }

    /// <summary>The form over a saved campaign.</summary>
    /// <param name="service">The signed-in session's service.</param>
    /// <param name="campaign">The saved campaign.</param>
    /// <param name="members">The members to choose partners from, when already read (else read when first needed).</param>
    public static CampaignFormModel ForEdit(PlannerService service, Campaign campaign, IReadOnlyList<Business>? members = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(campaign);
        var format = new CampaignFormat(CampaignTexts.Of(service.Texts));
        return new CampaignFormModel(service, campaign, campaign.Participants, members)
        {
            Name = campaign.Name,
            GoalKind = campaign.Goal.Kind,
            Target = campaign.Goal.Target.ToString("0.##", format.Culture),
            Start = format.Date(campaign.Start),
            End = format.Date(campaign.End),
        };
    }

    public CampaignFormat Format { get; }

    public bool IsNew => _existing is null;

    /// <summary>False for a guest, a closed campaign, or a member's non-draft campaign.</summary>
    public bool CanEdit => _existing is null ? !_service.Session.IsGuest : _service.CanEditCampaign(_existing);

    public string Name { get; set; } = string.Empty;

    public CampaignGoalKind GoalKind { get; set; } = CampaignGoalKind.Awareness;

    public string Target { get; set; } = string.Empty;

    public string Start { get; set; } = string.Empty;

    public string End { get; set; } = string.Empty;

    /// <summary>The area's population for reach: the association's.</summary>
    public int Population => _service.Backend.GetAssociation().Population;

    /// <summary>Text to find partners by (name contains, ignoring case).</summary>
    public string Search { get; set; } = string.Empty;

    public IReadOnlyList<long> Partners => _partners;

    /// <summary>The partners' names, in order.</summary>
    public IReadOnlyList<string> PartnerNames => [.. _partners.Select(id => _service.GetBusiness(id)?.Name ?? $"#{id}")];

    /// <summary>Members not yet partners whose name contains <see cref="Search"/>, by name (at most 50).</summary>
    public IReadOnlyList<Business> Candidates => [.. _members.Value
        .Where(b => !_partners.Contains(b.Id) && b.Name.Contains(Search.Trim(), StringComparison.CurrentCultureIgnoreCase))
        .Take(50)];

    /// <summary>Pairs the matching rules keep apart; each needs a kept reason from the coordinator.</summary>
    public IReadOnlyList<PartnerWarning> Warnings { get; private set; }

    /// <summary>Warnings not yet kept with a reason.</summary>
    public IReadOnlyList<PartnerWarning> OpenWarnings => [.. Warnings.Where(w => !_kept.ContainsKey(w.Partner))];

    public IReadOnlyDictionary<string, string> Errors => _errors;

    /// <summary>The message of the last failed save that belongs to no single field.</summary>
    public string? SaveError { get; private set; }

    public void AddPartner(long id)
    {
        if (!_partners.Contains(id))
        {
            _partners.Add(id);
            Warnings = _service.PartnerWarnings(_partners);
        }
    }

    /// <summary>Removes a partner; refused (false, with the reason at the partners) while a cost item or result names it.</summary>
    public bool RemovePartner(long id)
    {
        if (_existing is { } e && (e.CostItems.Any(i => i.Among.Contains(id) || i.PaidBy == id) || e.Results.Any(r => r.Participant == id)))
        {
            _errors[PartnersField] = Format.Texts.Format("PartnerInUse", _service.GetBusiness(id)?.Name ?? $"#{id}");
            return false;
        }

        if (_partners.Remove(id))
        {
            _kept.Remove(id);
            Warnings = _service.PartnerWarnings(_partners);
        }

        return true;
    }

    /// <summary>The coordinator keeps a warned partner, saying why (audited on save). A blank reason is refused.</summary>
    public bool Keep(long partner, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            _errors[PartnersField] = Format.Texts.Get("KeepReasonEmpty");
            return false;
        }

        _kept[partner] = reason.Trim();
        _errors.Remove(PartnersField);
        return true;
    }

    /// <summary>Checks every field; true and the campaign (not saved) when all are valid.</summary>
    public bool Validate(out Campaign? campaign)
    {
        _errors.Clear();
        campaign = null;
        var texts = Format.Texts;
        if (string.IsNullOrWhiteSpace(Name))
        {
            _errors[NameField] = texts.Get("NameEmpty");
        }

        var target = ParseTarget();
        var hasStart = DateText.TryParse(Start, out var start);
        var hasEnd = DateText.TryParse(End, out var end);
        if (!hasStart)
        {
            _errors[StartField] = texts.Format("DateInvalid", Start);
        }

        if (!hasEnd)
        {
            _errors[EndField] = texts.Format("DateInvalid", End);
        }
        else if (hasStart && end < start)
        {
            _errors[EndField] = texts.Format("EndBeforeStart", Format.Date(end), Format.Date(start));
        }

        if (_partners.Count == 0)
        {
            _errors[PartnersField] = texts.Get("PartnersEmpty");
        }

        if (_errors.Count > 0 || target is null)
        {
            return false;
        }

        var e = _existing;
        campaign = new Campaign(e?.Id ?? 0, Name.Trim(), new CampaignGoal(GoalKind, target.Value), start, end, e?.Status ?? CampaignStatus.Draft,
            _partners, e?.CostItems ?? [], e?.Plan ?? [], e?.Results ?? [])
        {
            Contingency = e?.Contingency,
            Settlement = e?.Settlement ?? Core.Settlement.SettlementMode.ViaAssociation,
            Version = e?.Version ?? 0,
        };
        return true;
    }

    /// <summary>Validates and saves; the saved campaign, or null with <see cref="Errors"/> or <see cref="SaveError"/> set.</summary>
    public Campaign? Save()
    {
        SaveError = null;
        RefusedAsSavedElsewhere = false;
        if (!Validate(out var campaign))
        {
            return null;
        }

        try
        {
            if (_existing is null)
            {
                return _service.CreateCampaign(campaign!, _kept);
            }

            return _service.UpdateCampaign(campaign!, _kept);
        }
        catch (DomainException error)
        {
            SaveError = Format.Texts.Message(error);
            RefusedAsSavedElsewhere = PlannerService.IsSavedElsewhere(error);
            return null;
        }
    }

    /// <summary>True when the last save was refused because someone else saved the campaign since this page opened it.</summary>
    public bool RefusedAsSavedElsewhere { get; private set; }

    /// <summary>
    /// Puts the details as edited here onto <paramref name="stored"/> (the campaign as someone else saved it meanwhile):
    /// a save then writes these details over theirs and keeps their costs, plan and results.
    /// </summary>
    public void Rebase(Campaign stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (_existing is null || stored.Id != _existing.Id)
        {
            throw new ArgumentException("Only the campaign this form edits can be rebased onto.", nameof(stored));
        }

        _existing = stored;
    }

    private decimal? ParseTarget()
    {
        var text = Target.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        _errors[TargetField] = Format.Texts.Format("TargetInvalid", Target);
        return null;
    }
}
