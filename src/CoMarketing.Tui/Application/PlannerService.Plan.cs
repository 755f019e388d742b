using CoMarketing.Core.Campaigns;

namespace CoMarketing.Tui.Application;

/// <summary>
/// Publication-plan rules: only the coordinator changes a campaign's publication plan and plan for surprises, and not
/// while the campaign is finished or cancelled. Members see the plan and their own tasks in it.
/// </summary>
public sealed partial class PlannerService
{
    /// <summary>True when this session may change <paramref name="campaign"/>'s publication plan and plan for surprises now.</summary>
    public bool CanEditPlan(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return Session.IsCoordinator && CanEditCampaign(campaign);
    }

    /// <summary>Refuses a change of plan or plan for surprises this session may not make (the details and costs pass through).</summary>
    private void DemandPlanRights(Campaign stored, Campaign campaign)
    {
        if (stored.Plan.SequenceEqual(campaign.Plan) && Equals(stored.Contingency, campaign.Contingency))
        {
            return;
        }

        Demand(Session.IsCoordinator, CampaignTexts.Get("PlanCoordinatorOnly"));
        Demand(!CampaignLifecycle.IsClosed(stored.Status), CampaignTexts.Get("PlanLocked"));
    }
}
