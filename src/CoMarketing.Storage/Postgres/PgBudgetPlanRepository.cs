using CoMarketing.Core.Audit;
using CoMarketing.Core.Budget;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.Postgres;

/// <summary>The budget plan in <c>budget</c>: one row per month (its first day's number) with its cents.</summary>
internal sealed class PgBudgetPlanRepository : IBudgetPlanRepository
{
    private readonly PgDatabase _db;

    public PgBudgetPlanRepository(PgDatabase db) => _db = db;

    public BudgetPlan? Get() => _db.Read(s => BudgetMapper.Read(s.Documents("SELECT document FROM budget WHERE association_id = @a ORDER BY month").Select(r => r.Document)));

    public void Save(BudgetPlan plan, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _db.Write(actor, "budget.save", s =>
        {
            Replace(s, plan);
            return (0, BudgetMapper.Saved(plan));
        });
    }

    internal static void Replace(PgSession s, BudgetPlan plan)
    {
        s.Execute("DELETE FROM budget WHERE association_id = @a");
        foreach (var document in BudgetMapper.Write(plan))
        {
            InsertDocument(s, document);
        }
    }

    internal static void InsertDocument(PgSession s, BsonDocument document)
        => s.Execute("INSERT INTO budget (association_id, month, document) VALUES (@a, @m, @doc)", ("m", document["_id"].AsInt32), PgSession.Bytes("doc", document));
}
