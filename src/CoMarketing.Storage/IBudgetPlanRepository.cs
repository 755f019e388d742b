using CoMarketing.Core.Audit;
using CoMarketing.Core.Budget;

namespace CoMarketing.Storage;

/// <summary>The association's budget plan: the planned cents per calendar month.</summary>
public interface IBudgetPlanRepository
{
    /// <summary>The plan, or <c>null</c> when none has been made.</summary>
    BudgetPlan? Get();

    /// <summary>Replaces the whole plan in one transaction.</summary>
    void Save(BudgetPlan plan, Actor actor);
}
