using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.LiteDb;

/// <summary>The businesses in <c>businesses</c>, one document each (see <see cref="BusinessMapper"/>).</summary>
internal sealed class LiteBusinessRepository : IBusinessRepository
{
    private readonly LiteFile _file;
    private readonly VersionBook _versions = new();

    public LiteBusinessRepository(LiteFile file) => _file = file;

    public IReadOnlyList<Business> GetAll(bool includeArchived = false)
        => _file.Read(db => Ordered(Documents(Collection(db), includeArchived).Select(Read)));

    public Business? Get(long id)
        => _file.Read(db => Collection(db).FindById(id) is { } document ? Read(document) : null);

    public int Count(bool includeArchived = false)
        => _file.Read(db => includeArchived ? Collection(db).Count() : ActiveCount(db));

    /// <summary>
    /// LiteDB's <c>Count</c> loads every document (10 MB and 30–50 ms at 10 000 members, measured); this reads one.
    /// The archived members have a negative <c>activeKey</c>.
    /// </summary>
    public bool Any(bool includeArchived = false)
        => _file.Read(db => includeArchived ? Collection(db).Exists(Query.All()) : Collection(db).Exists(Query.GTE("activeKey", 0)));

    /// <summary>
    /// The members not archived: every document less the archived ones (<c>activeKey</c> below 0). LiteDB counts a
    /// query by loading each matching document, so counting the few archived ones reads 4 KB instead of 40 MB at
    /// 10 000 members; the plain count walks only the primary index.
    /// </summary>
    internal static int ActiveCount(LiteDatabase db)
    {
        var businesses = Collection(db);
        return businesses.Count() - businesses.Count(Query.LT("activeKey", 0));
    }

    public IReadOnlyList<Business> FindByName(string text, bool includeArchived = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wanted = NameText.Normalise(text);
        if (wanted.Length == 0)
        {
            return [];
        }

        return _file.Read(db =>
        {
            var businesses = Collection(db);
            var exact = businesses.Find(Query.EQ("nameKey", BsonFields.NameKey(wanted))).Where(d => includeArchived || !d["archived"].AsBoolean).ToList();
            var chosen = exact.Count > 0
                ? exact
                : Documents(businesses, includeArchived)
                    .Where(d => d["name"].AsString.Contains(wanted, StringComparison.OrdinalIgnoreCase))
                    .ToList();
            return Ordered(chosen.Select(Read));
        });
    }

    public Business Add(Business business, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(business);
        var added = _file.Write(actor, "business.add", db =>
        {
            var saved = Insert(db, business);
            return (saved, $"Added business '{saved.Name}' (id {saved.Id}).");
        });
        _versions.Remember(added.Id, 1);
        return added;
    }

    public IReadOnlyList<Business> AddRange(IReadOnlyCollection<Business> businesses, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(businesses);
        var added = _file.Write<IReadOnlyList<Business>>(actor, "business.import", db =>
        {
            var saved = InsertMany(db, businesses);
            return (saved, $"Imported {saved.Count} businesses.");
        });
        foreach (var b in added)
        {
            _versions.Remember(b.Id, 1);
        }

        return added;
    }

    /// <summary>
    /// Inserts many businesses in one pass: the names and business IDs already taken are read once (keys only), every
    /// new one is checked against them and against the rows before it, and the documents go in as one batch. A query
    /// per row inside a write transaction grows with the rows already written, which made a 5 000-row import take
    /// 8 s; this takes well under one (see README, "Storage").
    /// </summary>
    internal static List<Business> InsertMany(LiteDatabase db, IReadOnlyCollection<Business> businesses)
    {
        var collection = Collection(db);
        var names = new Dictionary<string, (long Id, string Name)>(StringComparer.Ordinal);
        var businessIds = new Dictionary<string, string>(StringComparer.Ordinal);
        long last = 0;
        foreach (var key in collection.Query().Select("{ _id: $._id, name: $.name, nameKey: $.nameKey, businessIdKey: $.businessIdKey }").ToEnumerable())
        {
            var id = key["_id"].AsInt64;
            last = Math.Max(last, id);
            names[key["nameKey"].AsString] = (id, key["name"].AsString);
            businessIds[key["businessIdKey"].AsString] = key["name"].AsString;
        }

        var saved = new List<Business>(businesses.Count);
        var documents = new List<BsonDocument>(businesses.Count);
        foreach (var business in businesses)
        {
            if (names.TryGetValue(BsonFields.NameKey(business.Name), out var same))
            {
                throw DomainException.Of("BusinessNameTaken", same.Name, same.Id);
            }

            if (business.BusinessId is { } businessId && businessIds.TryGetValue(businessId.Value, out var holder))
            {
                throw DomainException.Of("BusinessIdTaken", businessId, holder);
            }

            var document = BusinessMapper.Write(business, []);
            KioskMapper.WriteAttempts(document, Core.Kiosk.SignInAttempts.None);
            document["_id"] = ++last;
            document["version"] = 1;
            documents.Add(BusinessMapper.SetKeys(document));
            names[BsonFields.NameKey(business.Name)] = (last, business.Name);
            businessIds[document["businessIdKey"].AsString] = business.Name;
            saved.Add(business.WithId(last));
        }

        collection.Insert(documents);
        return saved;
    }

    public void Update(Business business, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(business);
        var version = _file.Write(actor, "business.update", db =>
        {
            var businesses = Collection(db);
            var document = businesses.FindById(business.Id) ?? throw DomainException.Of("NoBusinessToUpdate", business.Id);
            var stored = BsonFields.Int64(document, "version");
            _versions.Check(business.Id, business.Version, stored, () => $"Business '{document["name"].AsString}' (id {business.Id})");
            EnsureUnique(businesses, business);
            var updated = BusinessMapper.SetKeys(BusinessMapper.Write(business, document));
            updated["version"] = stored + 1;
            businesses.Update(updated);
            return (stored + 1, $"Updated business '{business.Name}' (id {business.Id}).");
        });
        _versions.Remember(business.Id, version);
    }

    public void Archive(long id, Actor actor)
    {
        var version = _file.Write(actor, "business.archive", db =>
        {
            var businesses = Collection(db);
            var document = businesses.FindById(id) ?? throw DomainException.Of("NoBusinessToArchive", id);
            var next = BsonFields.Int64(document, "version") + 1;
            document["archived"] = true;
            document["version"] = next;
            businesses.Update(BusinessMapper.SetKeys(document));
            return (next, $"Archived business '{document["name"].AsString}' (id {id}).");
        });
        _versions.Remember(id, version);
    }

    /// <summary>Inserts a business after checking its name and business ID are free; returns it with its new id.</summary>
    internal static Business Insert(LiteDatabase db, Business business)
    {
        var businesses = Collection(db);
        EnsureUnique(businesses, business);
        var document = BusinessMapper.Write(business, []);
        KioskMapper.WriteAttempts(document, Core.Kiosk.SignInAttempts.None);
        // The id is taken here (inside the write transaction, which holds the file's mutex) so the keys can use it.
        var last = businesses.Find(Query.All(Query.Descending), limit: 1).FirstOrDefault();
        var id = last is null ? 1 : last["_id"].AsInt64 + 1;
        document["_id"] = id;
        document["version"] = 1;
        businesses.Insert(BusinessMapper.SetKeys(document));
        return business.WithId(id);
    }

    internal static ILiteCollection<BsonDocument> Collection(LiteDatabase db) => db.GetCollection(Collections.Businesses, BsonAutoId.Int64);

    private static void EnsureUnique(ILiteCollection<BsonDocument> businesses, Business business)
    {
        // Index seeks only: a query combined with Not(_id) would scan every document at each insert.
        var sameName = Other(businesses.Find(Query.EQ("nameKey", BsonFields.NameKey(business.Name))), business.Id);
        if (sameName is not null)
        {
            throw DomainException.Of("BusinessNameTaken", sameName["name"].AsString, sameName["_id"].AsInt64);
        }

        if (business.BusinessId is not { } businessId)
        {
            return;
        }

        var holder = Other(businesses.Find(Query.EQ("businessIdKey", businessId.Value)), business.Id);
        if (holder is not null)
        {
            throw DomainException.Of("BusinessIdTaken", businessId, holder["name"].AsString);
        }
    }

    private static IEnumerable<BsonDocument> Documents(ILiteCollection<BsonDocument> businesses, bool includeArchived)
        => includeArchived ? businesses.FindAll() : businesses.FindAll().Where(d => !BsonFields.Boolean(d, "archived"));

    /// <summary>The first of <paramref name="found"/> that is not the business with id <paramref name="self"/>.</summary>
    internal static BsonDocument? Other(IEnumerable<BsonDocument> found, long self) => found.FirstOrDefault(d => d["_id"].AsInt64 != self);

    private Business Read(BsonDocument document)
    {
        var version = BsonFields.Int64(document, "version");
        var business = BusinessMapper.Read(document) with { Version = version };
        _versions.Remember(business.Id, version);
        return business;
    }

    private static List<Business> Ordered(IEnumerable<Business> businesses)
        => [.. businesses.OrderBy(b => b.Name, StringComparer.OrdinalIgnoreCase).ThenBy(b => b.Id)];
}
