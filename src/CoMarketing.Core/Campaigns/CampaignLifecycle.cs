using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Campaigns;

/// <summary>The rules of a campaign's status: draft → planned → running → finished, or cancelled.</summary>
/// <remarks>
/// Only the coordinator (or the operator at the command line, <see cref="ActorKind.System"/>) changes a status;
/// a member may only create a draft. Among draft, planned and running any move is allowed, forwards (a past campaign
/// may be recorded straight as running) or back. Finished and cancelled are closed: their costs are locked, and
/// leaving them — reopening — needs a reason, which the caller audits.
/// </remarks>
public static class CampaignLifecycle
{
    /// <summary>True for finished and cancelled campaigns: their cost items may not change.</summary>
    public static bool IsClosed(CampaignStatus status) => status is CampaignStatus.Finished or CampaignStatus.Cancelled;

    /// <summary>Whether <paramref name="who"/> may move a campaign from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The campaign's status now.</param>
    /// <param name="to">The status asked for.</param>
    /// <param name="who">Who asks.</param>
    /// <param name="reason">Why; required (non-blank) when reopening a closed campaign.</param>
    public static StatusVerdict Check(CampaignStatus from, CampaignStatus to, ActorKind who, string? reason)
    {
        if (!Enum.IsDefined(to))
        {
            throw DomainException.Of("UnknownCampaignStatus", (int)to);
        }

        if (from == to)
        {
            return StatusVerdict.Unchanged;
        }

        if (who is not (ActorKind.Coordinator or ActorKind.System))
        {
            return StatusVerdict.NeedsCoordinator;
        }

        return IsClosed(from) && string.IsNullOrWhiteSpace(reason) ? StatusVerdict.NeedsReason : StatusVerdict.Allowed;
    }

    /// <summary>True when the move leaves a finished or cancelled campaign (a reopening, audited with its reason).</summary>
    public static bool IsReopening(CampaignStatus from, CampaignStatus to) => from != to && IsClosed(from);

    /// <summary>
    /// The campaign with status <paramref name="to"/>; a <see cref="DomainException"/> saying what is missing when
    /// <see cref="Check"/> does not allow it, or when the status is already <paramref name="to"/>.
    /// </summary>
    public static Campaign Move(Campaign campaign, CampaignStatus to, ActorKind who, string? reason)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var verdict = Check(campaign.Status, to, who, reason);
        return verdict switch
        {
            StatusVerdict.Allowed => campaign.WithStatus(to),
            StatusVerdict.Unchanged => throw DomainException.Of("CampaignAlreadyInStatus", campaign.Name, Phrase(to)),
            StatusVerdict.NeedsCoordinator => throw DomainException.Of("CampaignStatusNeedsCoordinator", campaign.Name),
            _ => throw DomainException.Of("CampaignReopenNeedsReason", campaign.Name, Phrase(campaign.Status)),
        };
    }

    /// <summary>A refusal when <paramref name="campaign"/>'s costs are locked (finished or cancelled); nothing otherwise.</summary>
    public static void EnsureCostsEditable(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (IsClosed(campaign.Status))
        {
            throw DomainException.Of("CampaignCostsLocked", campaign.Name, Phrase(campaign.Status));
        }
    }

    /// <summary>The status's lower-case English name, as on the command line and in JSON (<c>finished</c>).</summary>
    public static string Name(CampaignStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The status as a word of a refusal: <c>finished</c> in English, <c>päättynyt</c> in Finnish.</summary>
    private static DomainProblem Phrase(CampaignStatus status) => DomainProblem.Of("Status" + status);
}
