using CoMarketing.Storage.LiteDb;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.Postgres;

/// <summary>
/// Moves an association's documents between PostgreSQL and a LiteDB database (a file or one in memory): the
/// collections and the tables hold the same documents, so a move changes no figure. Backup, restore, <c>check</c>
/// and <c>db copy</c> are built on it.
/// </summary>
internal static class PgTransfer
{
    private static readonly (string Collection, string Table, string Order)[] Tables =
    [
        (Collections.Businesses, "businesses", "id"),
        (Collections.Campaigns, "campaigns", "id"),
        (Collections.PairPreferences, "pairs", "key"),
        (Collections.Audit, "audit", "id"),
        (Collections.Drafts, "drafts", "key"),
        (Collections.Budget, "budget", "month"),
        (Collections.Meta, "meta", "key"),
    ];

    /// <summary>Writes every document of the session's association into the empty <paramref name="target"/> (no indexes, no version).</summary>
    public static void ToLite(PgSession s, LiteDatabase target)
    {
        target.GetCollection(Collections.Association).Insert(PgAssociationRepository.Document(s));
        foreach (var (collection, table, order) in Tables)
        {
            var documents = s.Documents($"SELECT document FROM {table} WHERE association_id = @a ORDER BY {order}").Select(r => r.Document).ToList();
            if (documents.Count > 0)
            {
                target.GetCollection(collection).InsertBulk(documents);
            }
        }
    }

    /// <summary>Replaces every row of the session's association with the documents of <paramref name="source"/>.</summary>
    public static void FromLite(PgSession s, LiteDatabase source)
    {
        foreach (var (_, table, _) in Tables)
        {
            s.Execute($"DELETE FROM {table} WHERE association_id = @a");
        }

        var settings = source.GetCollection(Collections.Association).FindById(AssociationMapper.Id);
        PgAssociationRepository.Save(s, settings);
        foreach (var (collection, _, _) in Tables)
        {
            if (!source.CollectionExists(collection))
            {
                continue;
            }

            foreach (var document in source.GetCollection(collection).FindAll())
            {
                Insert(s, collection, document);
            }
        }

        PgFederation.Recount(s);
    }

    private static void Insert(PgSession s, string collection, BsonDocument document)
    {
        switch (collection)
        {
            case Collections.Businesses:
                PgBusinessRepository.InsertDocument(s, document, BsonFields.Int64(document, "version"));
                break;
            case Collections.Campaigns:
                PgCampaignRepository.InsertDocument(s, document, BsonFields.Int64(document, "version"));
                break;
            case Collections.PairPreferences:
                PgPairPreferenceRepository.InsertDocument(s, document);
                break;
            case Collections.Drafts:
                PgKioskRepository.InsertDocument(s, document);
                break;
            case Collections.Budget:
                PgBudgetPlanRepository.InsertDocument(s, document);
                break;
            case Collections.Audit:
                s.Execute("INSERT INTO audit (association_id, id, document) VALUES (@a, @id, @doc)", ("id", document["_id"].AsInt64), PgSession.Bytes("doc", document));
                break;
            default:
                s.Execute("INSERT INTO meta (association_id, key, document) VALUES (@a, @k, @doc)", ("k", document["_id"].AsString), PgSession.Bytes("doc", document));
                break;
        }
    }
}
