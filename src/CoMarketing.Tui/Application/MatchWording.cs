using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Matching;
using CoMarketing.Core.Reference;

namespace CoMarketing.Tui.Application;

/// <summary>
/// Match reasons worded in a language, with industries, places and interests named from the reference lists
/// (by their codes and tags when the lists are not at hand). The planner and the command line both use this.
/// </summary>
public static class MatchWording
{
    public static MatchTextOptions For(ReferenceData? reference, Language language)
    {
        var culture = language == Language.Finnish ? CultureInfo.GetCultureInfo("fi-FI") : CultureInfo.InvariantCulture;
        return new MatchTextOptions(
            language,
            code => reference?.FindIndustry(code)?.Name(language).ToLower(culture),
            code => reference?.FindMunicipality(code)?.Name,
            tag => reference?.FindInterest(tag)?.Label(language).ToLower(culture));
    }
}
