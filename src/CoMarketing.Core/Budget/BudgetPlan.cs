using System.Collections.Immutable;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Budget;

/// <summary>The association's marketing budget: money planned per calendar month, from <see cref="FirstMonth"/> on.</summary>
/// <remarks>DESIGN.md advises spreading the money over at least two years: see <see cref="BudgetReport"/> for the warnings.</remarks>
public sealed record BudgetPlan
{
    /// <summary>Creates a plan of consecutive months starting with the month of <paramref name="firstMonth"/>.</summary>
    public BudgetPlan(DateOnly firstMonth, IEnumerable<Money> monthly)
    {
        ArgumentNullException.ThrowIfNull(monthly);
        var months = monthly.ToImmutableArray();
        if (months.IsEmpty)
        {
            throw DomainException.Of("BudgetPlanEmpty");
        }

        var negative = months.IndexOf(months.FirstOrDefault(m => m.IsNegative));
        if (negative >= 0 && months[negative].IsNegative)
        {
            throw DomainException.Of("BudgetMonthNegative", firstMonth.AddMonths(negative), months[negative]);
        }

        FirstMonth = new DateOnly(firstMonth.Year, firstMonth.Month, 1);
        Monthly = months;
    }

    /// <summary>The first day of the plan's first month.</summary>
    public DateOnly FirstMonth { get; }

    /// <summary>Planned money per month, the first being <see cref="FirstMonth"/>.</summary>
    public ImmutableArray<Money> Monthly { get; }

    /// <summary>The number of months the plan covers.</summary>
    public int Horizon => Monthly.Length;

    public Money Total => Money.Sum(Monthly);

    /// <summary>The first day of the plan's i-th month (0-based).</summary>
    public DateOnly Month(int index) => FirstMonth.AddMonths(index);
}
