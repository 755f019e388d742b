using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.Postgres;

/// <summary>The businesses of one association in <c>businesses</c>: the document plus its unique keys and version.</summary>
internal sealed class PgBusinessRepository : IBusinessRepository
{
    private const string Columns = "version, document";

    private readonly PgDatabase _db;
    private readonly VersionBook _versions = new();

    public PgBusinessRepository(PgDatabase db) => _db = db;

    public IReadOnlyList<Business> GetAll(bool includeArchived = false)
        => _db.Read(s => Ordered(Read(s.Documents($"SELECT {Columns} FROM businesses WHERE association_id = @a{(includeArchived ? string.Empty : " AND NOT archived")}"))));

    public Business? Get(long id)
        => _db.Read(s => s.Document($"SELECT {Columns} FROM businesses WHERE association_id = @a AND id = @id", ("id", id)) is { } row ? Read(row) : null);

    public int Count(bool includeArchived = false)
        => _db.Read(s => s.Scalar<int>($"SELECT count(*) FROM businesses WHERE association_id = @a{(includeArchived ? string.Empty : " AND NOT archived")}"));

    public bool Any(bool includeArchived = false)
        => _db.Read(s => s.Scalar<bool>($"SELECT EXISTS (SELECT 1 FROM businesses WHERE association_id = @a{(includeArchived ? string.Empty : " AND NOT archived")})"));

    public IReadOnlyList<Business> FindByName(string text, bool includeArchived = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wanted = NameText.Normalise(text);
        if (wanted.Length == 0)
        {
            return [];
        }

        var archived = includeArchived ? string.Empty : " AND NOT archived";
        return _db.Read(s =>
        {
            var exact = s.Documents($"SELECT {Columns} FROM businesses WHERE association_id = @a AND name_key = @k{archived}", ("k", BsonFields.NameKey(wanted)));
            var chosen = exact.Count > 0
                ? exact
                : s.Documents($"SELECT {Columns} FROM businesses WHERE association_id = @a{archived}")
                    .Where(r => r.Document["name"].AsString.Contains(wanted, StringComparison.OrdinalIgnoreCase))
                    .ToList();
            return Ordered(Read(chosen));
        });
    }

    public Business Add(Business business, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(business);
        return _db.Write(actor, "business.add", s =>
        {
            var saved = Insert(s, business);
            PgFederation.Recount(s);
            _versions.Remember(saved.Id, 1);
            return (saved, $"Added business '{saved.Name}' (id {saved.Id}).");
        });
    }

    public IReadOnlyList<Business> AddRange(IReadOnlyCollection<Business> businesses, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(businesses);
        var saved = _db.Write<IReadOnlyList<Business>>(actor, "business.import", s =>
        {
            var added = businesses.Select(b => Insert(s, b)).ToList();
            PgFederation.Recount(s);
            return (added, $"Imported {added.Count} businesses.");
        });
        foreach (var b in saved)
        {
            _versions.Remember(b.Id, 1);
        }

        return saved;
    }

    public void Update(Business business, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(business);
        var version = _db.Write(actor, "business.update", s =>
        {
            var (stored, document) = s.Document($"SELECT {Columns} FROM businesses WHERE association_id = @a AND id = @id", ("id", business.Id))
                ?? throw DomainException.Of("NoBusinessToUpdate", business.Id);
            _versions.Check(business.Id, business.Version, stored, () => $"Business '{document["name"].AsString}' (id {business.Id})");
            EnsureUnique(s, business);
            var next = stored + 1;
            var shared = PgSharedState.Of(document);
            Save(s, BusinessMapper.SetKeys(BusinessMapper.Write(business, document)), next);
            if (PgFederation.Publish(s, document, shared))
            {
                PgFederation.Recount(s);
            }

            return (next, $"Updated business '{business.Name}' (id {business.Id}).");
        });
        _versions.Remember(business.Id, version);
    }

    public void Archive(long id, Actor actor)
    {
        var version = _db.Write(actor, "business.archive", s =>
        {
            var (stored, document) = s.Document($"SELECT {Columns} FROM businesses WHERE association_id = @a AND id = @id", ("id", id))
                ?? throw DomainException.Of("NoBusinessToArchive", id);
            var shared = PgSharedState.Of(document);
            document["archived"] = true;
            Save(s, BusinessMapper.SetKeys(document), stored + 1);
            if (PgFederation.Publish(s, document, shared))
            {
                PgFederation.Recount(s);
            }

            return (stored + 1, $"Archived business '{document["name"].AsString}' (id {id}).");
        });
        _versions.Remember(id, version);
    }

    /// <summary>Inserts a business after checking its name and business ID are free; returns it with its new id.</summary>
    internal static Business Insert(PgSession s, Business business)
    {
        EnsureUnique(s, business);
        var id = s.Scalar<long>("SELECT coalesce(max(id), 0) + 1 FROM businesses WHERE association_id = @a");
        var document = BusinessMapper.Write(business, []);
        KioskMapper.WriteAttempts(document, Core.Kiosk.SignInAttempts.None);
        document["_id"] = id;
        InsertDocument(s, BusinessMapper.SetKeys(document), 1);
        return business.WithId(id);
    }

    /// <summary>
    /// Writes a new row from a business document (also used by restore and copy) and its shared rows; the caller
    /// counts the shared members again (<see cref="PgFederation.Recount"/>) once its changes are done.
    /// </summary>
    internal static void InsertDocument(PgSession s, BsonDocument document, long version)
    {
        document["version"] = version;
        s.Execute(
            "INSERT INTO businesses (association_id, id, name_key, business_id, archived, version, document) VALUES (@a, @id, @k, @b, @x, @v, @doc)",
            ("id", document["_id"].AsInt64),
            ("k", BsonFields.NameKey(BsonFields.RequiredText(document, "name"))),
            ("b", BsonFields.OptionalText(document, "businessId")),
            ("x", BsonFields.Boolean(document, "archived")),
            ("v", version),
            PgSession.Bytes("doc", document));
        PgFederation.Publish(s, document, null);
    }

    /// <summary>
    /// Writes a changed business document over its row with a new version (kiosk fields keep the version). Its shared
    /// rows are the caller's (<see cref="PgFederation.Publish"/>): kiosk fields are never shared.
    /// </summary>
    internal static void Save(PgSession s, BsonDocument document, long version)
    {
        document["version"] = version;
        s.Execute(
            "UPDATE businesses SET name_key = @k, business_id = @b, archived = @x, version = @v, document = @doc WHERE association_id = @a AND id = @id",
            ("id", document["_id"].AsInt64),
            ("k", BsonFields.NameKey(BsonFields.RequiredText(document, "name"))),
            ("b", BsonFields.OptionalText(document, "businessId")),
            ("x", BsonFields.Boolean(document, "archived")),
            ("v", version),
            PgSession.Bytes("doc", document));
    }

    private static void EnsureUnique(PgSession s, Business business)
    {
        var sameName = s.Document("SELECT document FROM businesses WHERE association_id = @a AND name_key = @k AND id <> @id", ("k", BsonFields.NameKey(business.Name)), ("id", business.Id));
        if (sameName is { Document: var named })
        {
            throw DomainException.Of("BusinessNameTaken", named["name"].AsString, named["_id"].AsInt64);
        }

        if (business.BusinessId is not { } businessId)
        {
            return;
        }

        var holder = s.Document("SELECT document FROM businesses WHERE association_id = @a AND business_id = @b AND id <> @id", ("b", businessId.Value), ("id", business.Id));
        if (holder is { Document: var held })
        {
            throw DomainException.Of("BusinessIdTaken", businessId, held["name"].AsString);
        }
    }

    private Business Read((long Version, BsonDocument Document) row)
    {
        var business = BusinessMapper.Read(row.Document) with { Version = row.Version };
        _versions.Remember(business.Id, row.Version);
        return business;
    }

    private IEnumerable<Business> Read(IEnumerable<(long Version, BsonDocument Document)> rows) => rows.Select(Read);

    private static List<Business> Ordered(IEnumerable<Business> businesses)
        => [.. businesses.OrderBy(b => b.Name, StringComparer.OrdinalIgnoreCase).ThenBy(b => b.Id)];
}
