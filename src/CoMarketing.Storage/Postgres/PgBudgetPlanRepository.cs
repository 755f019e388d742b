using System.Globalization;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Budget;
using CoMarketing.Core.Finance;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.Postgres;

/// <summary>The budget plan in <c>budget</c>: one row per month (its first day's number) with its cents.</summary>
internal sealed class PgBudgetPlanRepository : IBudgetPlanRepository
{
    private readonly PgDatabase _db;

    public PgBudgetPlanRepository(PgDatabase db) => _db = db;

    public BudgetPlan? Get() => _db.Read(s =>
    {
        var months = s.Documents("SELECT document FROM budget WHERE association_id = @a ORDER BY month")
            .Select(r => (Month: BsonFields.ToDate(r.Document, "_id"), Cents: BsonFields.Int64(r.Document, "cents")))
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
        _db.Write(actor, "budget.save", s =>
        {
            Replace(s, plan);
            return (0, $"Saved a budget plan of {plan.Horizon} months from {plan.FirstMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)}, {plan.Total} in total.");
        });
    }

    internal static void Replace(PgSession s, BudgetPlan plan)
    {
        s.Execute("DELETE FROM budget WHERE association_id = @a");
        foreach (var (money, i) in plan.Monthly.Select((m, i) => (m, i)))
        {
            InsertDocument(s, new BsonDocument { ["_id"] = BsonFields.Day(plan.Month(i)), ["cents"] = money.Cents });
        }
    }

    internal static void InsertDocument(PgSession s, BsonDocument document)
        => s.Execute("INSERT INTO budget (association_id, month, document) VALUES (@a, @m, @doc)", ("m", document["_id"].AsInt32), PgSession.Bytes("doc", document));
}
