using CoMarketing.Core.Common;
using LiteDB;

namespace CoMarketing.Storage.LiteDb.Mapping;

/// <summary>
/// How single domain values are written to and read from document fields. Money is <c>long</c> cents, VAT rates
/// <c>long</c> hundredths of a percent, dates day numbers (<see cref="DateOnly.DayNumber"/>), timestamps UTC ticks,
/// enums lower-case names, exact decimals BSON Decimal128. A field that is missing reads as the given default, so a
/// document written before a field existed still maps.
/// </summary>
internal static class BsonFields
{
    public static BsonValue Text(string? value) => value is null ? BsonValue.Null : new BsonValue(value);

    public static string? OptionalText(BsonDocument document, string field)
        => document.TryGetValue(field, out var value) && value.IsString ? value.AsString : null;

    public static string RequiredText(BsonDocument document, string field)
        => OptionalText(document, field) ?? throw Missing(document, field);

    public static long Int64(BsonDocument document, string field, long fallback = 0)
        => document.TryGetValue(field, out var value) && value.IsNumber ? value.AsInt64 : fallback;

    public static long? OptionalInt64(BsonDocument document, string field)
        => document.TryGetValue(field, out var value) && value.IsNumber ? value.AsInt64 : null;

    public static double Double(BsonDocument document, string field, double fallback = 0)
        => document.TryGetValue(field, out var value) && value.IsNumber ? value.AsDouble : fallback;

    public static bool Boolean(BsonDocument document, string field)
        => document.TryGetValue(field, out var value) && value.IsBoolean && value.AsBoolean;

    public static decimal Decimal(BsonDocument document, string field, decimal fallback = 0)
        => document.TryGetValue(field, out var value) && value.IsNumber ? value.AsDecimal : fallback;

    public static BsonValue Day(DateOnly date) => new(date.DayNumber);

    public static DateOnly ToDate(BsonDocument document, string field)
        => document.TryGetValue(field, out var value) && value.IsNumber && value.AsInt64 is >= 0 and <= 3_652_058
            ? DateOnly.FromDayNumber((int)value.AsInt64)
            : throw Missing(document, field);

    public static BsonValue Timestamp(DateTimeOffset? at) => at is { } value ? new BsonValue(value.UtcTicks) : BsonValue.Null;

    public static DateTimeOffset? OptionalTimestamp(BsonDocument document, string field)
        => OptionalInt64(document, field) is { } ticks && ticks is >= 0 and <= 3_155_378_975_999_999_999
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : null;

    public static BsonValue Name<T>(T value)
        where T : struct, Enum => new(value.ToString().ToLowerInvariant());

    public static T ToEnum<T>(BsonDocument document, string field)
        where T : struct, Enum
    {
        var text = RequiredText(document, field);
        return Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new DomainException($"The database holds an unknown {typeof(T).Name} '{text}'.");
    }

    /// <summary>A percentage with at most two decimals as whole hundredths (25.5 → 2550).</summary>
    public static BsonValue BasisPoints(decimal percent) => new((long)(percent * 100m));

    public static decimal FromBasisPoints(BsonDocument document, string field, decimal fallback = 0)
        => OptionalInt64(document, field) is { } basisPoints ? basisPoints / 100m : fallback;

    public static BsonArray Array<T>(IEnumerable<T> values, Func<T, BsonValue> map) => [.. values.Select(map)];

    public static IEnumerable<BsonValue> Items(BsonDocument document, string field)
        => document.TryGetValue(field, out var value) && value.IsArray ? value.AsArray : [];

    public static BsonDocument? OptionalDocument(BsonDocument document, string field)
        => document.TryGetValue(field, out var value) && value.IsDocument ? value.AsDocument : null;

    /// <summary>The key used for "unique ignoring case": the trimmed text in upper case (invariant).</summary>
    public static string NameKey(string name) => name.Trim().ToUpperInvariant();

    private static DomainException Missing(BsonDocument document, string field)
        => new($"The database holds a document (id {(document.TryGetValue("_id", out var id) ? id.ToString() : "?")}) without a valid '{field}'.");
}
