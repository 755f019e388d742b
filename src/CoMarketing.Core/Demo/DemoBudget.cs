using CoMarketing.Core.Budget;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Demo;

/// <summary>The demo association's budget: 24 months from its first campaign, spread evenly with a Christmas bump.</summary>
public static class DemoBudget
{
    /// <summary>1 500 € a month, 3 000 € in November and December: 42 000 € over two years, not front-loaded.</summary>
    public static BudgetPlan Plan(DateOnly firstMonth)
        => new(firstMonth, Enumerable.Range(0, 24).Select(i => firstMonth.AddMonths(i).Month is 11 or 12 ? Money.Parse("3000.00") : Money.Parse("1500.00")));
}
