using System.Globalization;
using CoMarketing.Storage.LiteDb;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.Conversion;

/// <summary>The note a converted file keeps about its conversion (<c>meta</c>, <c>_id</c> "conversion"), for <c>check</c>.</summary>
internal sealed record ConversionRecord(int FromVersion, DateTimeOffset At, string Original, ConversionCounts Counts)
{
    private const string Id = "conversion";

    public static void Write(LiteDatabase db, ConversionRecord record) => db.GetCollection(Collections.Meta).Upsert(new BsonDocument
    {
        ["_id"] = Id,
        ["fromVersion"] = record.FromVersion,
        ["at"] = BsonFields.Timestamp(record.At),
        ["original"] = record.Original,
        ["businesses"] = record.Counts.Businesses,
        ["campaigns"] = record.Counts.Campaigns,
        ["pairs"] = record.Counts.Pairs,
        ["audit"] = record.Counts.AuditEntries,
        ["drafts"] = record.Counts.Drafts,
        ["budgetMonths"] = record.Counts.BudgetMonths,
        ["pins"] = record.Counts.Pins,
    });

    /// <summary>The conversion in words, or null when the file was never converted.</summary>
    public static string? Describe(LiteDatabase db)
    {
        if (db.GetCollection(Collections.Meta).FindById(Id) is not { } d)
        {
            return null;
        }

        var at = BsonFields.OptionalTimestamp(d, "at")?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "?";
        long N(string field) => BsonFields.Int64(d, field);
        return $"Converted on {at} from the earlier SQLite format (schema version {N("fromVersion")}): {N("businesses")} businesses, "
            + $"{N("campaigns")} campaigns, {N("pairs")} pair marks, {N("pins")} PIN hashes, {N("drafts")} drafts, {N("budgetMonths")} budget months "
            + $"and {N("audit")} audit entries carried over and counted; the original is kept at {BsonFields.OptionalText(d, "original")}.";
    }
}
