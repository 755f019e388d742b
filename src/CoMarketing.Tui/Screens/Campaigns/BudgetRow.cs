using CoMarketing.Core.Finance;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>One month of the budget screen.</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Label">The month as the exports write it: <c>3/2027</c> (fi) or <c>Mar 2027</c> (en).</param>
/// <param name="Planned">Money planned for the month (as typed, saved or not).</param>
/// <param name="Spent">Gross cost of running and finished campaigns in the month, from <see cref="Core.Budget.BudgetReport"/>.</param>
/// <param name="Bar">The planned money as block characters, proportional to the largest month.</param>
public sealed record BudgetRow(DateOnly Month, string Label, Money Planned, Money Spent, string Bar);
