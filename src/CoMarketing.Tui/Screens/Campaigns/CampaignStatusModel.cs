using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The status page: the moves the session may make (the coordinator only), which of them need a reason (reopening
/// a finished or cancelled campaign), and the change itself through <see cref="PlannerService.ChangeStatus"/>.
/// </summary>
public sealed class CampaignStatusModel
{
    private readonly PlannerService _service;

    public CampaignStatusModel(PlannerService service, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(campaign);
        _service = service;
        Campaign = campaign;
        Format = new CampaignFormat(CampaignTexts.Of(service.Texts));
    }

    public Campaign Campaign { get; private set; }

    public CampaignFormat Format { get; }

    /// <summary>The statuses the session may move to now (reason-needing ones included), in lifecycle order.</summary>
    public IReadOnlyList<CampaignStatus> Choices => [.. Enum.GetValues<CampaignStatus>()
        .Where(s => CampaignLifecycle.Check(Campaign.Status, s, _service.Session.Actor.Kind, "-") == StatusVerdict.Allowed)];

    /// <summary>True when moving to <paramref name="status"/> needs a reason (a reopening).</summary>
    public bool NeedsReason(CampaignStatus status) => CampaignLifecycle.IsReopening(Campaign.Status, status);

    /// <summary>Moves the campaign; null on success, otherwise the refusal in words.</summary>
    public string? Change(CampaignStatus status, string? reason)
    {
        try
        {
            Campaign = _service.ChangeStatus(Campaign.Id, status, reason);
            return null;
        }
        catch (DomainException error)
        {
            return Format.Texts.Message(error);
        }
    }
}
