using CoMarketing.Core.Audit;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.Postgres;

/// <summary>The campaigns of one association in <c>campaigns</c>, each one document read and written whole.</summary>
internal sealed class PgCampaignRepository : ICampaignRepository
{
    private const string Columns = "version, document";

    private readonly PgDatabase _db;
    private readonly VersionBook _versions = new();

    public PgCampaignRepository(PgDatabase db) => _db = db;

    public IReadOnlyList<Campaign> GetAll()
        => _db.Read(s => s.Documents($"SELECT {Columns} FROM campaigns WHERE association_id = @a").Select(Read).OrderBy(c => c.Start).ThenBy(c => c.Id).ToList());

    public Campaign? Get(long id)
        => _db.Read(s => s.Document($"SELECT {Columns} FROM campaigns WHERE association_id = @a AND id = @id", ("id", id)) is { } row ? Read(row) : null);

    public int Count() => _db.Read(s => s.Scalar<int>("SELECT count(*) FROM campaigns WHERE association_id = @a"));

    public bool Any() => _db.Read(s => s.Scalar<bool>("SELECT EXISTS (SELECT 1 FROM campaigns WHERE association_id = @a)"));

    public Campaign Add(Campaign campaign, Actor actor, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var saved = _db.Write(actor, "campaign.add", s =>
        {
            var added = Insert(s, campaign);
            return (added, $"Added campaign '{added.Name}' (id {added.Id}) with {added.Participants.Length} participants.{Why(reason)}");
        });
        _versions.Remember(saved.Id, 1);
        return saved;
    }

    public void Update(Campaign campaign, Actor actor, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var version = _db.Write(actor, "campaign.update", s =>
        {
            var (stored, document) = s.Document($"SELECT {Columns} FROM campaigns WHERE association_id = @a AND id = @id", ("id", campaign.Id))
                ?? throw DomainException.Of("NoCampaignToUpdate", campaign.Id);
            _versions.Check(campaign.Id, campaign.Version, stored, () => $"Campaign '{document["name"].AsString}' (id {campaign.Id})");
            EnsureValid(s, campaign);
            Save(s, CampaignMapper.Write(campaign, document), stored + 1);
            return (stored + 1, $"Updated campaign '{campaign.Name}' (id {campaign.Id}), now {BsonFields.Name(campaign.Status).AsString}.{Why(reason)}");
        });
        _versions.Remember(campaign.Id, version);
    }

    /// <summary>Inserts a campaign after checking its name is free and its businesses exist; returns it as saved.</summary>
    internal static Campaign Insert(PgSession s, Campaign campaign)
    {
        EnsureValid(s, campaign);
        var document = CampaignMapper.Write(campaign, []);
        document["_id"] = s.Scalar<long>("SELECT coalesce(max(id), 0) + 1 FROM campaigns WHERE association_id = @a");
        InsertDocument(s, document, 1);
        return CampaignMapper.Read(document) with { Version = 1 };
    }

    /// <summary>Writes a new row from a campaign document (also used by restore and copy).</summary>
    internal static void InsertDocument(PgSession s, BsonDocument document, long version)
    {
        document["version"] = version;
        s.Execute(
            "INSERT INTO campaigns (association_id, id, name_key, version, document) VALUES (@a, @id, @k, @v, @doc)",
            ("id", document["_id"].AsInt64),
            ("k", BsonFields.NameKey(BsonFields.RequiredText(document, "name"))),
            ("v", version),
            PgSession.Bytes("doc", document));
    }

    private static void Save(PgSession s, BsonDocument document, long version)
    {
        document["version"] = version;
        s.Execute(
            "UPDATE campaigns SET name_key = @k, version = @v, document = @doc WHERE association_id = @a AND id = @id",
            ("id", document["_id"].AsInt64),
            ("k", BsonFields.NameKey(BsonFields.RequiredText(document, "name"))),
            ("v", version),
            PgSession.Bytes("doc", document));
    }

    private static string Why(string? reason) => string.IsNullOrWhiteSpace(reason) ? string.Empty : $" Reason: {reason.Trim()}";

    private static void EnsureValid(PgSession s, Campaign campaign)
    {
        var sameName = s.Document("SELECT document FROM campaigns WHERE association_id = @a AND name_key = @k AND id <> @id", ("k", BsonFields.NameKey(campaign.Name)), ("id", campaign.Id));
        if (sameName is { Document: var named })
        {
            throw DomainException.Of("CampaignNameTaken", named["name"].AsString, named["_id"].AsInt64);
        }

        var ids = campaign.Participants.ToArray();
        using var command = s.Command("SELECT id FROM businesses WHERE association_id = @a AND id = ANY(@ids)", ("ids", ids));
        var found = new HashSet<long>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                found.Add(reader.GetInt64(0));
            }
        }

        var missing = ids.FirstOrDefault(p => !found.Contains(p), -1);
        if (missing != -1)
        {
            throw DomainException.Of("CampaignUnknownBusiness", campaign.Name, missing);
        }
    }

    private Campaign Read((long Version, BsonDocument Document) row)
    {
        var campaign = CampaignMapper.Read(row.Document) with { Version = row.Version };
        _versions.Remember(campaign.Id, row.Version);
        return campaign;
    }
}
