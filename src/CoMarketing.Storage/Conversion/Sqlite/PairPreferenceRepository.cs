using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using Dapper;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>Members' "never pair" and "we are fine together" marks on other businesses.</summary>
internal sealed class PairPreferenceRepository
{
    private readonly SqliteDatabase _database;

    internal PairPreferenceRepository(SqliteDatabase database) => _database = database;

    public IReadOnlyList<PairPreference> GetAll()
        => _database.Read((c, t) => c.Query<(long From, long To, string Kind)>(
                "SELECT from_business, to_business, kind FROM pair_preferences ORDER BY from_business, to_business", transaction: t)
            .Select(r => new PairPreference(r.From, r.To, DbValues.ParseName<PairPreferenceKind>(r.Kind)))
            .ToList());

    /// <summary>The marks made by or about the given business.</summary>
    public IReadOnlyList<PairPreference> GetFor(long businessId)
        => [.. GetAll().Where(p => p.From == businessId || p.To == businessId)];

    /// <summary>Sets (or replaces) the mark <c>From</c> makes on <c>To</c>.</summary>
    public void Set(PairPreference preference, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(preference);
        _database.Write(actor, "pair.set", (c, t) =>
        {
            var known = c.ExecuteScalar<long>("SELECT count(*) FROM businesses WHERE id IN (@From, @To)", new { preference.From, preference.To }, t);
            if (known < 2)
            {
                throw DomainException.Of("PairNeedsBusinesses", preference.From, preference.To);
            }

            c.Execute(
                "INSERT INTO pair_preferences (from_business, to_business, kind) VALUES (@From, @To, @kind) "
                + "ON CONFLICT (from_business, to_business) DO UPDATE SET kind = excluded.kind",
                new { preference.From, preference.To, kind = DbValues.Name(preference.Kind) },
                t);
            return (0, $"Business {preference.From} marked business {preference.To} as {DbValues.Name(preference.Kind)}.");
        });
    }

    /// <summary>Removes the mark <paramref name="from"/> made on <paramref name="to"/>; nothing when there is none.</summary>
    public void Remove(long from, long to, Actor actor)
        => _database.Write(actor, "pair.remove", (c, t) =>
        {
            var removed = c.Execute("DELETE FROM pair_preferences WHERE from_business = @from AND to_business = @to", new { from, to }, t);
            return (0, removed == 0 ? $"No mark from business {from} on {to} to remove." : $"Business {from} removed its mark on business {to}.");
        });
}
