using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.LiteDb;

/// <summary>Pair marks in <c>pairs</c>, keyed <c>"from:to"</c> so each ordered pair has one mark.</summary>
internal sealed class LitePairPreferenceRepository : IPairPreferenceRepository
{
    private readonly LiteFile _file;

    public LitePairPreferenceRepository(LiteFile file) => _file = file;

    public IReadOnlyList<PairPreference> GetAll()
        => _file.Read(db => Collection(db).FindAll().Select(Read).OrderBy(p => p.From).ThenBy(p => p.To).ToList());

    public IReadOnlyList<PairPreference> GetFor(long businessId) => [.. GetAll().Where(p => p.From == businessId || p.To == businessId)];

    public void Set(PairPreference preference, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(preference);
        _file.Write(actor, "pair.set", db =>
        {
            Insert(db, preference);
            return (0, $"Business {preference.From} marked business {preference.To} as {BsonFields.Name(preference.Kind).AsString}.");
        });
    }

    public void Remove(long from, long to, Actor actor)
        => _file.Write(actor, "pair.remove", db =>
        {
            var removed = Collection(db).Delete(Key(from, to));
            return (0, removed ? $"Business {from} removed its mark on business {to}." : $"No mark from business {from} on {to} to remove.");
        });

    internal static void Insert(LiteDatabase db, PairPreference p)
    {
        var businesses = LiteBusinessRepository.Collection(db);
        if (!businesses.Exists(Query.EQ("_id", p.From)) || !businesses.Exists(Query.EQ("_id", p.To)))
        {
            throw DomainException.Of("PairNeedsBusinesses", p.From, p.To);
        }

        Collection(db).Upsert(new BsonDocument { ["_id"] = Key(p.From, p.To), ["from"] = p.From, ["to"] = p.To, ["kind"] = BsonFields.Name(p.Kind) });
    }

    internal static PairPreference Read(BsonDocument d)
        => new(BsonFields.Int64(d, "from"), BsonFields.Int64(d, "to"), BsonFields.ToEnum<PairPreferenceKind>(d, "kind"));

    internal static ILiteCollection<BsonDocument> Collection(LiteDatabase db) => db.GetCollection(Collections.PairPreferences);

    private static string Key(long from, long to) => $"{from}:{to}";
}
