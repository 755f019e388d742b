using System.Collections.Frozen;
using System.Text;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using CoMarketing.Core.Matching;

namespace CoMarketing.Core.Reference;

/// <summary>
/// The reference lists the planner looks things up in: TOL 2008 industry classes, municipalities, the shared
/// interest vocabulary and each channel kind's typical audience. Immutable; built from the files in <c>data/</c>
/// with <see cref="Parse"/> (the caller reads the files).
/// </summary>
/// <remarks>
/// Municipality names match case-insensitively in Finnish or Swedish, whatever the Unicode form of ä/ö/å
/// (composed or decomposed), so <c>SODANKYLÄ</c>, <c>sodankylä</c> and <c>Torneå</c> all resolve.
/// </remarks>
public sealed class ReferenceData
{
    private readonly FrozenDictionary<string, IndustryClass> _industries;
    private readonly FrozenDictionary<string, Municipality> _municipalitiesByCode;
    private readonly FrozenDictionary<string, Municipality> _municipalitiesByName;
    private readonly FrozenDictionary<string, InterestDefinition> _interests;
    private readonly FrozenDictionary<ChannelKind, ChannelProfile> _channels;

    public ReferenceData(
        IEnumerable<IndustryClass> industries,
        IEnumerable<Municipality> municipalities,
        IEnumerable<InterestDefinition> interests,
        IEnumerable<ChannelProfile> channelProfiles,
        IEnumerable<InterestAffinity>? interestAffinities = null,
        IEnumerable<IndustryComplement>? industryComplements = null)
    {
        ArgumentNullException.ThrowIfNull(industries);
        ArgumentNullException.ThrowIfNull(municipalities);
        ArgumentNullException.ThrowIfNull(interests);
        ArgumentNullException.ThrowIfNull(channelProfiles);
        Industries = [.. industries.OrderBy(i => i.Code.Code, StringComparer.Ordinal)];
        Municipalities = [.. municipalities.OrderBy(m => m.Code)];
        Interests = [.. interests];
        ChannelProfiles = [.. channelProfiles.OrderBy(c => c.Kind)];
        _industries = Industries.ToFrozenDictionary(i => i.Code.Code, StringComparer.Ordinal);
        _municipalitiesByCode = Municipalities.ToFrozenDictionary(m => m.Code.Value, StringComparer.Ordinal);
        var byName = new Dictionary<string, Municipality>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in Municipalities)
        {
            byName.TryAdd(NormaliseName(m.Name), m);
            if (m.NameSv is not null)
            {
                byName.TryAdd(NormaliseName(m.NameSv), m);
            }
        }

        _municipalitiesByName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _interests = Interests.ToFrozenDictionary(i => i.Tag.Value, StringComparer.Ordinal);
        _channels = ChannelProfiles.ToFrozenDictionary(c => c.Kind);
        InterestAffinities = new InterestAffinities(interestAffinities ?? []);
        var unknown = InterestAffinities.All.SelectMany(a => new[] { a.Tag, a.Related }).FirstOrDefault(t => !_interests.ContainsKey(t.Value));
        if (unknown.Value is not null)
        {
            throw new DomainException($"Related interests name '{unknown}', which is not in the interest vocabulary (interests.csv).");
        }

        IndustryComplements = new IndustryComplements(industryComplements ?? []);
        var unlisted = IndustryComplements.All.SelectMany(c => new[] { c.Industry, c.Complement })
            .FirstOrDefault(side => !Industries.Any(i => i.Code.Code.StartsWith(side, StringComparison.Ordinal)));
        if (unlisted is not null)
        {
            throw new DomainException($"Complementary industries name '{unlisted}', which covers no industry of industries.csv.");
        }
    }

    /// <summary>Industry classes ordered by code.</summary>
    public IReadOnlyList<IndustryClass> Industries { get; }

    /// <summary>Municipalities ordered by official code.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>The shared interest vocabulary in file order.</summary>
    public IReadOnlyList<InterestDefinition> Interests { get; }

    /// <summary>One profile per channel kind, in <see cref="ChannelKind"/> order.</summary>
    public IReadOnlyList<ChannelProfile> ChannelProfiles { get; }

    /// <summary>Related interest tags of the vocabulary (<c>interest-affinities.csv</c>); empty when not given.</summary>
    public InterestAffinities InterestAffinities { get; }

    /// <summary>Complementary industries (<c>industry-complements.csv</c>); empty when not given.</summary>
    public IndustryComplements IndustryComplements { get; }

    /// <summary>
    /// Parses the reference files' text (see <see cref="ReferenceDataParser"/> for the formats); related interests and
    /// complementary industries are optional.
    /// </summary>
    public static ReferenceData Parse(
        string industriesCsv, string municipalitiesCsv, string interestsCsv, string channelKindsCsv, string? interestAffinitiesCsv = null, string? industryComplementsCsv = null)
        => new(
            ReferenceDataParser.ParseIndustries(industriesCsv),
            ReferenceDataParser.ParseMunicipalities(municipalitiesCsv),
            ReferenceDataParser.ParseInterests(interestsCsv),
            ReferenceDataParser.ParseChannelProfiles(channelKindsCsv),
            interestAffinitiesCsv is null ? null : ReferenceDataParser.ParseInterestAffinities(interestAffinitiesCsv),
            industryComplementsCsv is null ? null : ReferenceDataParser.ParseIndustryComplements(industryComplementsCsv));

    /// <summary>
    /// The class with exactly this code; for a five-digit code not in the list, its four-digit class if that is
    /// listed; otherwise null.
    /// </summary>
    public IndustryClass? FindIndustry(IndustryCode code)
    {
        if (code.Code is null)
        {
            return null;
        }

        return _industries.GetValueOrDefault(code.Code) ?? _industries.GetValueOrDefault(code.Class);
    }

    public Municipality? FindMunicipality(MunicipalityCode code)
        => code.Value is null ? null : _municipalitiesByCode.GetValueOrDefault(code.Value);

    /// <summary>Finds a municipality by its Finnish or Swedish name, ignoring case and surrounding spaces.</summary>
    public Municipality? FindMunicipalityByName(string? name)
        => string.IsNullOrWhiteSpace(name) ? null : _municipalitiesByName.GetValueOrDefault(NormaliseName(name));

    /// <summary>
    /// Resolves what a person typed: an official code (<c>698</c>, <c>91</c>) or a name (<c>Rovaniemi</c>, <c>Torneå</c>).
    /// A well-formed code that is not in the list is still accepted (the list is not every municipality of Finland);
    /// <paramref name="known"/> then is null.
    /// </summary>
    public bool TryResolveMunicipality(string? text, out MunicipalityCode code, out Municipality? known, out string error)
    {
        var problem = ResolveMunicipality(text, out code, out known);
        var ok = problem == MunicipalityProblem.None;
        var s = (text ?? string.Empty).Trim();
        error = problem switch
        {
            MunicipalityProblem.None => string.Empty,
            MunicipalityProblem.Empty => "Municipality is empty; give its name (Rovaniemi) or official code (698).",
            MunicipalityProblem.BadCode => $"Municipality code must be the official three-digit code, like 698; got '{s}'.",
            _ => $"Unknown municipality '{s}'; use its Finnish or Swedish name or the official three-digit code.",
        };
        return ok;
    }

    /// <summary>As <see cref="TryResolveMunicipality"/>; the result says what is wrong, for a message in any language.</summary>
    public MunicipalityProblem ResolveMunicipality(string? text, out MunicipalityCode code, out Municipality? known)
    {
        code = default;
        known = null;
        var s = (text ?? string.Empty).Trim();
        if (s.Length == 0)
        {
            return MunicipalityProblem.Empty;
        }

        if (s.All(char.IsAsciiDigit))
        {
            if (!MunicipalityCode.TryParse(s, out code, out _))
            {
                return MunicipalityProblem.BadCode;
            }

            known = FindMunicipality(code);
            return MunicipalityProblem.None;
        }

        known = FindMunicipalityByName(s);
        if (known is null)
        {
            return MunicipalityProblem.Unknown;
        }

        code = known.Code;
        return MunicipalityProblem.None;
    }

    public InterestDefinition? FindInterest(InterestTag tag)
        => tag.Value is null ? null : _interests.GetValueOrDefault(tag.Value);

    /// <summary>True when the tag is in the shared vocabulary (free tags are allowed too, but not listed).</summary>
    public bool IsVocabularyInterest(InterestTag tag) => FindInterest(tag) is not null;

    /// <summary>The labels and typical age profile of a channel kind.</summary>
    public ChannelProfile ChannelProfile(ChannelKind kind)
        => _channels.TryGetValue(kind, out var profile)
            ? profile
            : throw new DomainException($"No reference profile for channel kind {kind}.");

    private static string NormaliseName(string name) => name.Trim().Normalize(NormalizationForm.FormC);
}
