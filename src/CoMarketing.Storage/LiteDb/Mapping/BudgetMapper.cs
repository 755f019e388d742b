using System.Globalization;
using CoMarketing.Core.Budget;
using CoMarketing.Core.Finance;
using LiteDB;

namespace CoMarketing.Storage.LiteDb.Mapping;

/// <summary>
/// The budget plan as documents, one per month (<c>_id</c> the month's first day number, <c>cents</c>), the same in
/// every provider.
/// </summary>
internal static class BudgetMapper
{
    /// <summary>One document per month of <paramref name="plan"/>.</summary>
    public static IEnumerable<BsonDocument> Write(BudgetPlan plan)
        => plan.Monthly.Select((m, i) => new BsonDocument { ["_id"] = BsonFields.Day(plan.Month(i)), ["cents"] = m.Cents });

    /// <summary>The plan from its month documents in any order (a missing month between them is zero); null when none.</summary>
    public static BudgetPlan? Read(IEnumerable<BsonDocument> documents)
    {
        var months = documents
            .Select(d => (Month: BsonFields.ToDate(d, "_id"), Cents: BsonFields.Int64(d, "cents")))
            .OrderBy(m => m.Month)
            .ToList();
        if (months.Count == 0)
        {
            return null;
        }

        var first = months[0].Month;
        var last = months[^1].Month;
        var byMonth = months.ToDictionary(m => m.Month, m => m.Cents);
        var count = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        return new BudgetPlan(first, Enumerable.Range(0, count).Select(i => new Money(byMonth.GetValueOrDefault(first.AddMonths(i)))));
    }

    /// <summary>The audit entry's words for a saved plan.</summary>
    public static string Saved(BudgetPlan plan)
        => $"Saved a budget plan of {plan.Horizon} months from {plan.FirstMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)}, {plan.Total} in total.";
}
