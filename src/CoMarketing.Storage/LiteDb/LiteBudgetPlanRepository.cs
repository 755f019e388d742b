using System.Globalization;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Budget;
using CoMarketing.Core.Finance;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.LiteDb;

/// <summary>The budget plan in <c>budget</c>: one document per month (<c>_id</c> the month's first day number) with its cents.</summary>
internal sealed class LiteBudgetPlanRepository : IBudgetPlanRepository
{
    private readonly LiteFile _file;

    public LiteBudgetPlanRepository(LiteFile file) => _file = file;

    public BudgetPlan? Get() => _file.Read(db =>
    {
        var months = Collection(db).FindAll()
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
    });

    public void Save(BudgetPlan plan, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _file.Write(actor, "budget.save", db =>
        {
            Replace(db, plan);
            return (0, $"Saved a budget plan of {plan.Horizon} months from {plan.FirstMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)}, {plan.Total} in total.");
        });
    }

    internal static void Replace(LiteDatabase db, BudgetPlan plan)
    {
        var budget = Collection(db);
        budget.DeleteAll();
        budget.Insert(plan.Monthly.Select((m, i) => new BsonDocument { ["_id"] = BsonFields.Day(plan.Month(i)), ["cents"] = m.Cents }));
    }

    internal static ILiteCollection<BsonDocument> Collection(LiteDatabase db) => db.GetCollection(Collections.Budget);
}
