using CoMarketing.Core.Association;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;

namespace CoMarketing.Core.Matching;

/// <summary>How match reasons are worded: the language and where names of industries and places come from.</summary>
/// <param name="Language">Finnish or English.</param>
/// <param name="IndustryName">Name of an industry code in that language (e.g. "café"); null falls back to the code.</param>
/// <param name="MunicipalityName">Name of a municipality (e.g. "Rovaniemi"); null falls back to the code.</param>
/// <param name="InterestName">Label of an interest tag in that language (e.g. "lapsiperheet"); null falls back to the tag.</param>
public sealed record MatchTextOptions(
    Language Language,
    Func<IndustryCode, string?>? IndustryName = null,
    Func<MunicipalityCode, string?>? MunicipalityName = null,
    Func<InterestTag, string?>? InterestName = null)
{
    /// <summary>The name of an industry, or its code when no name is known.</summary>
    public string NameOf(IndustryCode code) => IndustryName?.Invoke(code) is { Length: > 0 } name ? name : code.Code;

    /// <summary>The name of a municipality, or its code when no name is known.</summary>
    public string NameOf(MunicipalityCode code) => MunicipalityName?.Invoke(code) is { Length: > 0 } name ? name : code.Value;

    /// <summary>The label of an interest tag, or the tag itself when no label is known.</summary>
    public string NameOf(InterestTag tag) => InterestName?.Invoke(tag) is { Length: > 0 } name ? name : tag.Value;
}
