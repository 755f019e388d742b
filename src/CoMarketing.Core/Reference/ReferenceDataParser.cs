using System.Globalization;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using CoMarketing.Core.Matching;

namespace CoMarketing.Core.Reference;

/// <summary>
/// Parses the reference files in <c>data/</c> from their text. Every bad line is reported with its line number
/// (the header is line 1); all problems of a file are gathered into one <see cref="DomainException"/>.
/// </summary>
public static class ReferenceDataParser
{
    /// <summary>Parses <c>industries.csv</c>: <c>code,name_fi,name_en</c>.</summary>
    public static IReadOnlyList<IndustryClass> ParseIndustries(string text, string source = "industries.csv")
        => ParseRows(text, source, ["code", "name_fi", "name_en"], f => new IndustryClass(IndustryCode.Parse(f[0]), f[1], f[2]), c => c.Code.Code);

    /// <summary>Parses <c>municipalities.csv</c>: <c>code,name_fi,name_sv,region,population,latitude,longitude</c>.</summary>
    public static IReadOnlyList<Municipality> ParseMunicipalities(string text, string source = "municipalities.csv")
        => ParseRows(
            text,
            source,
            ["code", "name_fi", "name_sv", "region", "population", "latitude", "longitude"],
            f => new Municipality(
                MunicipalityCode.Parse(f[0]),
                f[1],
                f[2],
                f[3],
                Integer(f[4], "population"),
                new GeoPoint(Number(f[5], "latitude"), Number(f[6], "longitude"))),
            m => m.Code.Value);

    /// <summary>Parses <c>interests.csv</c>: <c>tag,label_fi,label_en</c>.</summary>
    public static IReadOnlyList<InterestDefinition> ParseInterests(string text, string source = "interests.csv")
        => ParseRows(text, source, ["tag", "label_fi", "label_en"], f => new InterestDefinition(InterestTag.Parse(f[0]), f[1], f[2]), i => i.Tag.Value);

    /// <summary>
    /// Parses <c>interest-affinities.csv</c>: <c>tag,related,percent,why</c> (see <c>data/interest-affinities.md</c>);
    /// a pair listed twice, in either order, is an error on the later line.
    /// </summary>
    public static IReadOnlyList<InterestAffinity> ParseInterestAffinities(string text, string source = "interest-affinities.csv")
        => ParseRows(
            text,
            source,
            ["tag", "related", "percent", "why"],
            f => new InterestAffinity(InterestTag.Parse(f[0]), InterestTag.Parse(f[1]), Integer(f[2], "percent"), f[3]),
            a => string.CompareOrdinal(a.Tag.Value, a.Related.Value) < 0 ? $"{a.Tag}~{a.Related}" : $"{a.Related}~{a.Tag}");

    /// <summary>
    /// Parses <c>industry-complements.csv</c>: <c>industry,complement,percent,why</c> (see
    /// <c>data/industry-complements.md</c>); a pair listed twice, in either order, is an error on the later line.
    /// </summary>
    public static IReadOnlyList<IndustryComplement> ParseIndustryComplements(string text, string source = "industry-complements.csv")
        => ParseRows(
            text,
            source,
            ["industry", "complement", "percent", "why"],
            f => new IndustryComplement(f[0], f[1], Integer(f[2], "percent"), f[3]),
            c => string.CompareOrdinal(c.Industry, c.Complement) < 0 ? $"{c.Industry}~{c.Complement}" : $"{c.Complement}~{c.Industry}");

    /// <summary>
    /// Parses <c>channel-kinds.csv</c>: <c>kind,label_fi,label_en</c> and one weight per age band
    /// (<c>0-17,18-24,25-34,35-44,45-54,55-64,65+</c>, any scale; normalised). Every channel kind must appear once.
    /// </summary>
    public static IReadOnlyList<ChannelProfile> ParseChannelProfiles(string text, string source = "channel-kinds.csv")
    {
        var profiles = ParseRows(
            text,
            source,
            ["kind", "label_fi", "label_en", "0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"],
            f => new ChannelProfile(ChannelKinds.Parse(f[0]), f[1], f[2], new AgeDistribution([.. f.Skip(3).Select(w => Number(w, "age weight"))])),
            p => p.Kind.ToString());
        var missing = Enum.GetValues<ChannelKind>().Where(k => profiles.All(p => p.Kind != k)).ToList();
        return missing.Count == 0
            ? profiles
            : throw new DomainException($"{source}: no profile for channel kind(s) {string.Join(", ", missing.Select(ChannelKinds.ShortName))}.");
    }

    private static List<T> ParseRows<T>(string text, string source, string[] columns, Func<IReadOnlyList<string>, T> build, Func<T, string> key)
    {
        var records = CsvText.Parse(text, source);
        if (records.Count == 0)
        {
            throw new DomainException($"{source} is empty; expected a header line '{string.Join(',', columns)}'.");
        }

        var header = records[0];
        if (header.Fields.Count != columns.Length
            || !header.Fields.Zip(columns).All(p => string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"{source} line {header.Line}: the header must be '{string.Join(',', columns)}', got '{string.Join(',', header.Fields)}'.");
        }

        var items = new List<T>();
        var errors = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != columns.Length)
            {
                errors.Add($"{source} line {record.Line}: expected {columns.Length} fields, got {record.Fields.Count}.");
                continue;
            }

            try
            {
                var item = build(record.Fields);
                if (seen.TryGetValue(key(item), out var first))
                {
                    errors.Add($"{source} line {record.Line}: '{key(item)}' is already on line {first}.");
                    continue;
                }

                seen[key(item)] = record.Line;
                items.Add(item);
            }
            catch (DomainException ex)
            {
                errors.Add($"{source} line {record.Line}: {ex.Message}");
            }
        }

        return errors.Count == 0 ? items : throw new DomainException(string.Join("\n", errors));
    }

    private static int Integer(string text, string what)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DomainException($"{what} must be a whole number, got '{text}'.");

    private static double Number(string text, string what)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DomainException($"{what} must be a number like 66.5, got '{text}'.");
}
