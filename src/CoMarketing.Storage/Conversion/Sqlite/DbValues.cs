using System.Globalization;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>How domain values are written to and read from columns (culture-invariant).</summary>
internal static class DbValues
{
    public static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static T ParseName<T>(string text)
        where T : struct, Enum
        => Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new Core.Common.DomainException($"The database holds an unknown {typeof(T).Name} '{text}'.");

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTimestamp(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal ParseDecimal(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>A percentage with at most two decimals as whole hundredths (25.5 → 2550).</summary>
    public static long BasisPoints(decimal percent) => (long)(percent * 100m);

    public static decimal FromBasisPoints(long basisPoints) => basisPoints / 100m;
}
