using CoMarketing.Core.Association;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.LiteDb;

/// <summary>The association's settings: the one document of <c>association</c>.</summary>
internal sealed class LiteAssociationRepository : IAssociationRepository
{
    private readonly LiteFile _file;

    public LiteAssociationRepository(LiteFile file) => _file = file;

    public AssociationSettings Get() => _file.Read(db => AssociationMapper.Read(Document(db)));

    public void Update(AssociationSettings settings, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _file.Write(actor, "association.update", db =>
        {
            Save(db, settings);
            return (0, $"Updated the association settings of '{settings.Name}'.");
        });
    }

    /// <summary>Writes the settings over the stored document, keeping the coordinator's PIN fields.</summary>
    internal static void Save(LiteDatabase db, AssociationSettings settings)
    {
        var collection = Collection(db);
        collection.Upsert(AssociationMapper.Write(settings, collection.FindById(AssociationMapper.Id) ?? []));
    }

    internal static BsonDocument Document(LiteDatabase db)
        => Collection(db).FindById(AssociationMapper.Id) ?? throw new DomainException("The database has no association record; run 'comarketing check'.");

    internal static ILiteCollection<BsonDocument> Collection(LiteDatabase db) => db.GetCollection(Collections.Association);
}
