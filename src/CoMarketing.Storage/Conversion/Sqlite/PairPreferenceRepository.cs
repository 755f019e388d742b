using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>Members' "never pair" and "we are fine together" marks on other businesses.</summary>
internal sealed class PairPreferenceRepository
{
    private readonly SqliteDatabase _database;

    internal PairPreferenceRepository(SqliteDatabase database) => _database = database;

    public IReadOnlyList<PairPreference> GetAll()
        => _database.Read((c, t) => RawSql.Query(
            c,
            "SELECT from_business, to_business, kind FROM pair_preferences ORDER BY from_business, to_business",
            t,
            r => new PairPreference(r.GetInt64(0), r.GetInt64(1), DbValues.ParseName<PairPreferenceKind>(r.GetString(2)))));

    /// <summary>The marks made by or about the given business.</summary>
    public IReadOnlyList<PairPreference> GetFor(long businessId)
        => [.. GetAll().Where(p => p.From == businessId || p.To == businessId)];

    /// <summary>Sets (or replaces) the mark <c>From</c> makes on <c>To</c>.</summary>
    public void Set(PairPreference preference, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(preference);
        _database.Write(actor, "pair.set", (c, t) =>
        {
            var known = RawSql.Scalar(c, "SELECT count(*) FROM businesses WHERE id IN (@From, @To)", t, ("@From", preference.From), ("@To", preference.To));
            if (known < 2)
            {
                throw DomainException.Of("PairNeedsBusinesses", preference.From, preference.To);
            }

            RawSql.Execute(
                c,
                "INSERT INTO pair_preferences (from_business, to_business, kind) VALUES (@From, @To, @kind) "
                + "ON CONFLICT (from_business, to_business) DO UPDATE SET kind = excluded.kind",
                t,
                Parameters(preference));
            return (0, $"Business {preference.From} marked business {preference.To} as {DbValues.Name(preference.Kind)}.");
        });
    }

    /// <summary>Removes the mark <paramref name="from"/> made on <paramref name="to"/>; nothing when there is none.</summary>
    public void Remove(long from, long to, Actor actor)
        => _database.Write(actor, "pair.remove", (c, t) =>
        {
            var removed = RawSql.Execute(c, "DELETE FROM pair_preferences WHERE from_business = @from AND to_business = @to", t, ("@from", from), ("@to", to));
            return (0, removed == 0 ? $"No mark from business {from} on {to} to remove." : $"Business {from} removed its mark on business {to}.");
        });

    /// <summary>A mark's <c>@From</c>, <c>@To</c> and <c>@kind</c>.</summary>
    internal static (string Name, object? Value)[] Parameters(PairPreference preference)
        => [("@From", preference.From), ("@To", preference.To), ("@kind", DbValues.Name(preference.Kind))];
}
