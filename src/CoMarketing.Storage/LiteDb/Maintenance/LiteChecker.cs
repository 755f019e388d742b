using CoMarketing.Core.Common;
using CoMarketing.Storage.LiteDb.Mapping;
using CoMarketing.Storage.LiteDb.Schema;
using LiteDB;

namespace CoMarketing.Storage.LiteDb.Maintenance;

/// <summary>
/// The full check behind <c>comarketing check</c> and every restore: the version is known; every index holds as
/// many entries as its collection holds documents; every document maps to valid domain values (the domain types'
/// constructors are the invariants); money fields are whole cents; names match their unique keys; PIN hashes are
/// well formed; and every reference between collections resolves.
/// </summary>
internal static class LiteChecker
{
    private const double AgeTolerance = 1e-9;

    private static readonly Type[] ReadFailures = [typeof(DomainException), typeof(InvalidCastException), typeof(FormatException), typeof(ArgumentException), typeof(OverflowException), typeof(KeyNotFoundException), typeof(InvalidOperationException)];

    public static List<string> Check(LiteDatabase db, string path)
    {
        var problems = new List<string>();
        var version = db.UserVersion;
        if (version <= 0 || version > LiteSchema.Latest)
        {
            problems.Add($"'{path}' has schema version {version}; this program knows 1–{LiteSchema.Latest}.");
            return problems;
        }

        Indexes(db, problems);
        Read(problems, "The association record", LiteAssociationRepository.Collection(db).FindAll(), d => AssociationMapper.Read(d));
        if (LiteAssociationRepository.Collection(db).FindById(AssociationMapper.Id) is not { } association)
        {
            problems.Add("The association record is missing.");
        }
        else
        {
            Pin(problems, "The coordinator", association);
        }

        var businessIds = Businesses(db, problems);
        Campaigns(db, businessIds, problems);
        foreach (var pair in LitePairPreferenceRepository.Collection(db).FindAll())
        {
            if (Read(problems, $"Pair mark {Label(pair["_id"])}", [pair], d => LitePairPreferenceRepository.Read(d)) is [var p] && (!businessIds.Contains(p.From) || !businessIds.Contains(p.To)))
            {
                problems.Add($"Pair mark {Label(pair["_id"])} refers to a business that does not exist.");
            }
        }

        foreach (var draft in LiteKioskRepository.Drafts(db).FindAll())
        {
            if (BsonFields.OptionalInt64(draft, "business") is { } owner && !businessIds.Contains(owner))
            {
                problems.Add($"Draft {Label(draft["_id"])} belongs to business {owner}, which does not exist.");
            }
        }

        Read(problems, "Audit entry", db.GetCollection(Collections.Audit).FindAll(), d => AuditMapper.Read(d));
        foreach (var month in LiteBudgetPlanRepository.Collection(db).FindAll())
        {
            if (!WholeCents(month, "cents") || month["cents"].AsInt64 < 0)
            {
                problems.Add($"Budget month {Label(month["_id"])} holds a planned amount that is not a whole number of cents zero or more.");
            }
        }

        return problems;
    }

    private static HashSet<long> Businesses(LiteDatabase db, List<string> problems)
    {
        var ids = new HashSet<long>();
        foreach (var d in LiteBusinessRepository.Collection(db).FindAll())
        {
            var label = $"Business id {Label(d["_id"])}";
            if (Read(problems, label, [d], BusinessMapper.Read) is [var business])
            {
                ids.Add(business.Id);
                if (BsonFields.OptionalText(d, "nameKey") != BsonFields.NameKey(business.Name))
                {
                    problems.Add($"{label} '{business.Name}' has a name key that does not match its name.");
                }
            }

            Pin(problems, label, d);
            Ages(problems, label, d);
            foreach (var channel in BsonFields.Items(d, "channels").Where(c => c.IsDocument))
            {
                Ages(problems, $"{label} has a channel that", channel.AsDocument);
            }

            foreach (var channel in BsonFields.Items(d, "channels").Where(c => c.IsDocument && !WholeCents(c.AsDocument, "costCents")))
            {
                problems.Add($"{label} has a channel whose typical cost is not a whole number of cents.");
            }
        }

        return ids;
    }

    private static void Campaigns(LiteDatabase db, HashSet<long> businessIds, List<string> problems)
    {
        foreach (var d in LiteCampaignRepository.Collection(db).FindAll())
        {
            var label = $"Campaign id {Label(d["_id"])}";
            if (Read(problems, label, [d], CampaignMapper.Read) is [var campaign] && BsonFields.OptionalText(d, "nameKey") != BsonFields.NameKey(campaign.Name))
            {
                problems.Add($"{label} '{campaign.Name}' has a name key that does not match its name.");
            }

            foreach (var missing in CampaignMapper.References(d).Distinct().Where(id => !businessIds.Contains(id)))
            {
                problems.Add($"{label} refers to business {missing}, which does not exist.");
            }

            var items = BsonFields.Items(d, "items").Where(i => i.IsDocument).Select(i => i.AsDocument).ToList();
            if (items.Any(i => !WholeCents(i, "netCents") || BsonFields.Items(i, "amounts").Any(a => !WholeCents(a.AsDocument, "value")))
                || BsonFields.Items(d, "results").Any(r => !WholeCents(r.AsDocument, "revenueCents")))
            {
                problems.Add($"{label} holds an amount that is not a whole number of cents.");
            }
        }
    }

    private static void Indexes(LiteDatabase db, List<string> problems)
    {
        foreach (var index in db.GetCollection("$indexes").FindAll())
        {
            var collection = index["collection"].AsString;
            var name = index["name"].AsString;
            var documents = db.GetCollection(collection).Count();
            var entries = db.GetCollection(collection).Find(Query.All(name, Query.Ascending)).Count();
            if (entries != documents)
            {
                problems.Add($"Index '{name}' of {collection} holds {entries} entries for {documents} documents.");
            }
        }
    }

    /// <summary>Stored age weights must already sum to 1 (the domain would silently normalise them on reading).</summary>
    private static void Ages(List<string> problems, string who, BsonDocument document)
    {
        if (!document.TryGetValue("ages", out var ages) || !ages.IsArray)
        {
            return;
        }

        var weights = ages.AsArray.Select(w => w.IsNumber ? w.AsDouble : double.NaN).ToList();
        if (weights.Any(w => double.IsNaN(w) || w < 0))
        {
            problems.Add($"{who} has a negative or non-numeric age weight.");
        }
        else if (Math.Abs(weights.Sum() - 1.0) > AgeTolerance)
        {
            problems.Add($"{who} has age weights summing to {weights.Sum().ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)} instead of 1.");
        }
    }

    private static void Pin(List<string> problems, string who, BsonDocument document)
    {
        var (hash, salt, iterations) = KioskMapper.RawPin(document);
        if (!PinHashFormat.IsWellFormed(hash, salt, iterations))
        {
            problems.Add($"{who} has a malformed PIN hash (expected {PinHashFormat.Description}).");
        }
    }

    private static string Label(BsonValue id) => id.IsString ? id.AsString : id.IsNumber ? id.AsInt64.ToString(System.Globalization.CultureInfo.InvariantCulture) : id.ToString();

    private static bool WholeCents(BsonDocument document, string field)
        => !document.TryGetValue(field, out var value) || value.IsInt32 || value.IsInt64;

    private static List<T> Read<T>(List<string> problems, string label, IEnumerable<BsonDocument> documents, Func<BsonDocument, T> map)
    {
        var read = new List<T>();
        foreach (var document in documents)
        {
            try
            {
                read.Add(map(document));
            }
            catch (Exception ex) when (ReadFailures.Contains(ex.GetType()) || ReadFailures.Any(t => t.IsInstanceOfType(ex)))
            {
                problems.Add($"{label} cannot be read: {ex.Message}");
            }
        }

        return read;
    }
}
