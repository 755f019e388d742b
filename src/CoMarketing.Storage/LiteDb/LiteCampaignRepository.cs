using CoMarketing.Core.Audit;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.LiteDb;

/// <summary>The campaigns in <c>campaigns</c>, one document each with everything embedded (see <see cref="CampaignMapper"/>).</summary>
internal sealed class LiteCampaignRepository : ICampaignRepository
{
    private readonly LiteFile _file;
    private readonly VersionBook _versions = new();

    public LiteCampaignRepository(LiteFile file) => _file = file;

    public IReadOnlyList<Campaign> GetAll()
        => _file.Read(db => Collection(db).FindAll().Select(Read).OrderBy(c => c.Start).ThenBy(c => c.Id).ToList());

    public Campaign? Get(long id)
        => _file.Read(db => Collection(db).FindById(id) is { } document ? Read(document) : null);

    public int Count() => _file.Read(db => Collection(db).Count());

    public bool Any() => _file.Read(db => Collection(db).Exists(Query.All()));

    public Campaign Add(Campaign campaign, Actor actor, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var added = _file.Write(actor, "campaign.add", db =>
        {
            var saved = Insert(db, campaign);
            return (saved, $"Added campaign '{saved.Name}' (id {saved.Id}) with {saved.Participants.Length} participants.{Why(reason)}");
        });
        _versions.Remember(added.Id, 1);
        return added;
    }

    public void Update(Campaign campaign, Actor actor, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var version = _file.Write(actor, "campaign.update", db =>
        {
            var campaigns = Collection(db);
            var document = campaigns.FindById(campaign.Id) ?? throw DomainException.Of("NoCampaignToUpdate", campaign.Id);
            var stored = BsonFields.Int64(document, "version");
            _versions.Check(campaign.Id, campaign.Version, stored, () => $"Campaign '{document["name"].AsString}' (id {campaign.Id})");
            EnsureValid(db, campaign);
            var updated = CampaignMapper.Write(campaign, document);
            updated["version"] = stored + 1;
            campaigns.Update(updated);
            return (stored + 1, $"Updated campaign '{campaign.Name}' (id {campaign.Id}), now {BsonFields.Name(campaign.Status).AsString}.{Why(reason)}");
        });
        _versions.Remember(campaign.Id, version);
    }

    /// <summary>Inserts a campaign after checking its name is free and its businesses exist; returns it as saved.</summary>
    internal static Campaign Insert(LiteDatabase db, Campaign campaign)
    {
        EnsureValid(db, campaign);
        var document = CampaignMapper.Write(campaign, []);
        document["version"] = 1;
        document["_id"] = Collection(db).Insert(document);
        return CampaignMapper.Read(document) with { Version = 1 };
    }

    private Campaign Read(BsonDocument document)
    {
        var version = BsonFields.Int64(document, "version");
        var campaign = CampaignMapper.Read(document) with { Version = version };
        _versions.Remember(campaign.Id, version);
        return campaign;
    }

    private static string Why(string? reason) => string.IsNullOrWhiteSpace(reason) ? string.Empty : $" Reason: {reason.Trim()}";

    internal static ILiteCollection<BsonDocument> Collection(LiteDatabase db) => db.GetCollection(Collections.Campaigns, BsonAutoId.Int64);

    private static void EnsureValid(LiteDatabase db, Campaign campaign)
    {
        var sameName = LiteBusinessRepository.Other(Collection(db).Find(Query.EQ("nameKey", BsonFields.NameKey(campaign.Name))), campaign.Id);
        if (sameName is not null)
        {
            throw DomainException.Of("CampaignNameTaken", sameName["name"].AsString, sameName["_id"].AsInt64);
        }

        var businesses = LiteBusinessRepository.Collection(db);
        var missing = campaign.Participants.FirstOrDefault(p => !businesses.Exists(Query.EQ("_id", p)), -1);
        if (missing != -1)
        {
            throw DomainException.Of("CampaignUnknownBusiness", campaign.Name, missing);
        }
    }
}
