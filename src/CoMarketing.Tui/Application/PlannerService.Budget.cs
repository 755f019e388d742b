using CoMarketing.Core.Budget;

namespace CoMarketing.Tui.Application;

/// <summary>
/// The association's budget plan: anyone signed in may read it, only the coordinator changes it. The money spent
/// counts every running or finished campaign (as <c>campaign budget</c> does), not only those the reader takes part in.
/// </summary>
public sealed partial class PlannerService
{
    /// <summary>True when this session may change the budget plan.</summary>
    public bool CanEditBudget => Session.IsCoordinator;

    /// <summary>The budget plan, or null when none has been made; refused for a guest.</summary>
    public BudgetPlan? GetBudget()
    {
        Demand(!Session.IsGuest, CampaignTexts.Get("BudgetPermView"));
        return Backend.GetBudget();
    }

    /// <summary>The plan against the money spent by every campaign, with the continuity warnings.</summary>
    public BudgetReport BudgetReportOf(BudgetPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Demand(!Session.IsGuest, CampaignTexts.Get("BudgetPermView"));
        return BudgetReport.Of(plan, Backend.GetCampaigns());
    }

    /// <summary>Replaces the whole plan in one audited write; the coordinator only.</summary>
    public void SaveBudget(BudgetPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Demand(CanEditBudget, CampaignTexts.Get("BudgetPermEdit"));
        Backend.SaveBudget(plan, Session.Actor);
    }
}
