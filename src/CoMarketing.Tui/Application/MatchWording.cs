using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Matching;
using CoMarketing.Core.Reference;

namespace CoMarketing.Tui.Application;

/// <summary>Match reasons worded in a language, with industries and places named from the reference lists.</summary>
public static class MatchWording
{
    public static MatchTextOptions For(ReferenceData reference, Language language)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var culture = language == Language.Finnish ? CultureInfo.GetCultureInfo("fi-FI") : CultureInfo.InvariantCulture;
        return new MatchTextOptions(
            language,
            code => reference.FindIndustry(code)?.Name(language).ToLower(culture),
            code => reference.FindMunicipality(code)?.Name);
    }
}
