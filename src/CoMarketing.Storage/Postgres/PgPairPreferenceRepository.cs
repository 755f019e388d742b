using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Storage.LiteDb;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.Postgres;

/// <summary>Pair marks in <c>pairs</c>, keyed <c>"from:to"</c> so each ordered pair has one mark.</summary>
internal sealed class PgPairPreferenceRepository : IPairPreferenceRepository
{
    private readonly PgDatabase _db;

    public PgPairPreferenceRepository(PgDatabase db) => _db = db;

    public IReadOnlyList<PairPreference> GetAll()
        => _db.Read(s => s.Documents("SELECT document FROM pairs WHERE association_id = @a").Select(r => LitePairPreferenceRepository.Read(r.Document)).OrderBy(p => p.From).ThenBy(p => p.To).ToList());

    public IReadOnlyList<PairPreference> GetFor(long businessId)
        => _db.Read(s => s.Documents("SELECT document FROM pairs WHERE association_id = @a AND (from_id = @id OR to_id = @id)", ("id", businessId))
            .Select(r => LitePairPreferenceRepository.Read(r.Document)).OrderBy(p => p.From).ThenBy(p => p.To).ToList());

    public void Set(PairPreference preference, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(preference);
        _db.Write(actor, "pair.set", s =>
        {
            var both = s.Scalar<int>("SELECT count(*) FROM businesses WHERE association_id = @a AND id IN (@f, @t)", ("f", preference.From), ("t", preference.To));
            if (both < (preference.From == preference.To ? 1 : 2))
            {
                throw DomainException.Of("PairNeedsBusinesses", preference.From, preference.To);
            }

            s.Execute("DELETE FROM pairs WHERE association_id = @a AND key = @k", ("k", Key(preference.From, preference.To)));
            InsertDocument(s, new BsonDocument { ["_id"] = Key(preference.From, preference.To), ["from"] = preference.From, ["to"] = preference.To, ["kind"] = BsonFields.Name(preference.Kind) });
            return (0, $"Business {preference.From} marked business {preference.To} as {BsonFields.Name(preference.Kind).AsString}.");
        });
    }

    public void Remove(long from, long to, Actor actor)
        => _db.Write(actor, "pair.remove", s =>
        {
            var removed = s.Execute("DELETE FROM pairs WHERE association_id = @a AND key = @k", ("k", Key(from, to))) > 0;
            return (0, removed ? $"Business {from} removed its mark on business {to}." : $"No mark from business {from} on {to} to remove.");
        });

    internal static void InsertDocument(PgSession s, BsonDocument document)
        => s.Execute(
            "INSERT INTO pairs (association_id, key, from_id, to_id, document) VALUES (@a, @k, @f, @t, @doc)",
            ("k", document["_id"].AsString),
            ("f", BsonFields.Int64(document, "from")),
            ("t", BsonFields.Int64(document, "to")),
            PgSession.Bytes("doc", document));

    private static string Key(long from, long to) => $"{from}:{to}";
}
