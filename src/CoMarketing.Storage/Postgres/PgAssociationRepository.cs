using CoMarketing.Core.Association;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.Postgres;

/// <summary>The association's settings: its row of <c>settings</c> (the coordinator's PIN fields kept beside them).</summary>
internal sealed class PgAssociationRepository : IAssociationRepository
{
    private readonly PgDatabase _db;

    public PgAssociationRepository(PgDatabase db) => _db = db;

    public AssociationSettings Get() => _db.Read(s => AssociationMapper.Read(Document(s)));

    public void Update(AssociationSettings settings, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _db.Write(actor, "association.update", s =>
        {
            Save(s, AssociationMapper.Write(settings, Document(s)));
            if (settings.FederationSharing != FederationSharing.None)
            {
                PgFederation.Republish(s);
            }

            return (0, $"Updated the association settings of '{settings.Name}'.");
        });
    }

    internal static BsonDocument Document(PgSession s)
        => s.Document("SELECT document FROM settings WHERE association_id = @a")?.Document
            ?? throw new DomainException("The database has no settings for this association; run 'comarketing check'.");

    /// <summary>Writes the settings document and the association's federation card (tier, name, coordinator).</summary>
    internal static void Save(PgSession s, BsonDocument document)
    {
        s.Execute("UPDATE settings SET document = @doc WHERE association_id = @a", PgSession.Bytes("doc", document));
        PgFederation.SaveCard(s, document);
    }
}
