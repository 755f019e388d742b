using CoMarketing.Core.Audit;
using CoMarketing.Core.Budget;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.LiteDb;

/// <summary>The budget plan in <c>budget</c>: one document per month (<c>_id</c> the month's first day number) with its cents.</summary>
internal sealed class LiteBudgetPlanRepository : IBudgetPlanRepository
{
    private readonly LiteFile _file;

    public LiteBudgetPlanRepository(LiteFile file) => _file = file;

    public BudgetPlan? Get() => _file.Read(db => BudgetMapper.Read(Collection(db).FindAll()));

    public void Save(BudgetPlan plan, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _file.Write(actor, "budget.save", db =>
        {
            Replace(db, plan);
            return (0, BudgetMapper.Saved(plan));
        });
    }

    internal static void Replace(LiteDatabase db, BudgetPlan plan)
    {
        var budget = Collection(db);
        budget.DeleteAll();
        budget.Insert(BudgetMapper.Write(plan));
    }

    internal static ILiteCollection<BsonDocument> Collection(LiteDatabase db) => db.GetCollection(Collections.Budget);
}
