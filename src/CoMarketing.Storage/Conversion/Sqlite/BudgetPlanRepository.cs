using System.Globalization;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Budget;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using Microsoft.Data.Sqlite;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>The association's budget plan: one row per calendar month (<c>YYYY-MM</c>) with the planned cents.</summary>
internal sealed class BudgetPlanRepository
{
    private readonly SqliteDatabase _database;

    internal BudgetPlanRepository(SqliteDatabase database) => _database = database;

    /// <summary>The plan, or <c>null</c> when none has been made.</summary>
    public BudgetPlan? Get() => _database.Read((c, t) =>
    {
        var rows = RawSql.Query(c, "SELECT month, planned_cents FROM budget_plan ORDER BY month", t, r => (Month: r.GetString(0), Cents: r.GetInt64(1)));
        if (rows.Count == 0)
        {
            return null;
        }

        var first = ParseMonth(rows[0].Month);
        var byMonth = rows.ToDictionary(r => ParseMonth(r.Month), r => r.Cents);
        var last = ParseMonth(rows[^1].Month);
        var count = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        return new BudgetPlan(first, Enumerable.Range(0, count).Select(i => new Money(byMonth.GetValueOrDefault(first.AddMonths(i)))));
    });

    /// <summary>Replaces the whole plan in one transaction.</summary>
    public void Save(BudgetPlan plan, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _database.Write(actor, "budget.save", (c, t) =>
        {
            Replace(c, t, plan);
            return (0, $"Saved a budget plan of {plan.Horizon} months from {plan.FirstMonth:yyyy-MM}, {plan.Total} in total.");
        });
    }

    internal static void Replace(SqliteConnection connection, SqliteTransaction transaction, BudgetPlan plan)
    {
        RawSql.Execute(connection, "DELETE FROM budget_plan", transaction);
        RawSql.ExecuteEach(
            connection,
            transaction,
            "INSERT INTO budget_plan (month, planned_cents) VALUES (@month, @cents)",
            plan.Monthly.Select((m, i) => (Month: plan.Month(i), Money: m)),
            m => [("@month", m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)), ("@cents", m.Money.Cents)]);
    }

    private static DateOnly ParseMonth(string text)
        => DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : throw new DomainException($"The database holds an unknown budget month '{text}'.");
}
