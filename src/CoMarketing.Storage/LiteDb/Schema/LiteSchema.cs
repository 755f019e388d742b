using CoMarketing.Core.Association;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.LiteDb.Schema;

/// <summary>
/// The forward-only steps of the LiteDB layout; step i (0-based) brings <c>UserVersion</c> i to i + 1 (0 is a new,
/// empty file). Every step is idempotent, so a step interrupted before its version was written runs again safely.
/// Never edit a shipped step; add a new one.
/// </summary>
internal static class LiteSchema
{
    private static readonly Func<LiteDatabase, string>[] Steps = [Version1, Version2];

    /// <summary>The schema version this program writes.</summary>
    public static int Latest => Steps.Length;

    /// <summary>Runs step <paramref name="target"/> (bringing the file to that version); returns what it did, in words.</summary>
    public static string Run(LiteDatabase db, int target) => Steps[target - 1](db);

    /// <summary>v1: the collections and the association record (names not yet unique).</summary>
    private static string Version1(LiteDatabase db)
    {
        var association = LiteAssociationRepository.Collection(db);
        if (association.FindById(AssociationMapper.Id) is null)
        {
            association.Insert(AssociationMapper.Write(AssociationSettings.Default, []));
        }

        return "Created the collections.";
    }

    /// <summary>
    /// v2: business and campaign names unique ignoring case, business IDs unique (index keys set on every business). Names that clash are kept readable by adding
    /// " (2)", " (3)", … to the later ones, and the step says which.
    /// </summary>
    private static string Version2(LiteDatabase db)
    {
        var renamed = UniqueNames(LiteBusinessRepository.Collection(db)).Concat(UniqueNames(LiteCampaignRepository.Collection(db))).ToList();
        var businesses = LiteBusinessRepository.Collection(db);
        foreach (var document in businesses.FindAll().ToList())
        {
            businesses.Update(BusinessMapper.SetKeys(document));
        }

        businesses.EnsureIndex("nameKey", "$.nameKey", unique: true);
        businesses.EnsureIndex("businessIdKey", "$.businessIdKey", unique: true);
        businesses.EnsureIndex("activeKey", "$.activeKey", unique: true);
        LiteCampaignRepository.Collection(db).EnsureIndex("nameKey", "$.nameKey", unique: true);
        return renamed.Count == 0
            ? "Made business and campaign names unique ignoring case."
            : $"Made business and campaign names unique ignoring case; renamed {string.Join(", ", renamed)}.";
    }

    private static List<string> UniqueNames(ILiteCollection<BsonDocument> collection)
    {
        var renamed = new List<string>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in collection.FindAll().OrderBy(d => d["_id"].AsInt64).ToList())
        {
            var name = BsonFields.RequiredText(document, "name").Trim();
            var unique = name;
            for (var n = 2; !taken.Add(BsonFields.NameKey(unique)); n++)
            {
                unique = $"{name} ({n})";
            }

            if (unique != name || BsonFields.OptionalText(document, "nameKey") != BsonFields.NameKey(unique))
            {
                if (unique != name)
                {
                    renamed.Add($"'{name}' (id {document["_id"].AsInt64}) to '{unique}'");
                }

                document["name"] = unique;
                document["nameKey"] = BsonFields.NameKey(unique);
                collection.Update(document);
            }
        }

        return renamed;
    }
}
