using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Budget;

/// <summary>One month of the budget: planned against spent (gross).</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Planned">Money planned for the month.</param>
/// <param name="Spent">Gross cost of running and finished campaigns that fell in the month.</param>
public sealed record BudgetMonth(DateOnly Month, Money Planned, Money Spent)
{
    /// <summary>Planned minus spent: negative when over budget.</summary>
    public Money Left => Planned - Spent;
}
