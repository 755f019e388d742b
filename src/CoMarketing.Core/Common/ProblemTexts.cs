using System.Globalization;
using System.Resources;
using CoMarketing.Core.Association;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Common;

/// <summary>
/// The words of every <see cref="DomainProblem"/>, read from <c>ProblemTexts.resx</c> (English) and
/// <c>ProblemTexts.fi.resx</c> (Finnish). The language is passed in; the thread's current culture is never consulted.
/// </summary>
/// <remarks>
/// English writes numbers as the invariant culture does (<c>25.5</c>, amounts <c>1234.50</c>), as the command line
/// always has; Finnish with a decimal comma and a space between thousands (<c>25,5</c>, <c>1 234,50 €</c>).
/// </remarks>
public static class ProblemTexts
{
    private static readonly ResourceManager Resources = new("CoMarketing.Core.Common.ProblemTexts", typeof(ProblemTexts).Assembly);

    private static readonly CultureInfo FinnishResources = CultureInfo.GetCultureInfo("fi");

    private static readonly CultureInfo FinnishNumbers = FinnishFormat();

    /// <summary>The text named <paramref name="key"/> in <paramref name="language"/>; the name in brackets if it is missing, so a gap shows.</summary>
    public static string Get(Language language, string key)
        => Resources.GetString(key, language == Language.Finnish ? FinnishResources : CultureInfo.InvariantCulture) ?? $"[{key}]";

    /// <summary><paramref name="problem"/> in words of <paramref name="language"/>.</summary>
    public static string Format(Language language, DomainProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var culture = language == Language.Finnish ? FinnishNumbers : CultureInfo.InvariantCulture;
        var arguments = problem.Arguments.Select(argument => argument switch
        {
            DomainProblem phrase => phrase.In(language),
            IEnumerable<DomainProblem> phrases => string.Join(", ", phrases.Select(phrase => phrase.In(language))),
            Money money => language == Language.Finnish ? money.Format(culture) + " €" : money.ToInvariantString(),
            _ => argument,
        }).ToArray();
        return string.Format(culture, Get(language, problem.Key), arguments);
    }

    /// <summary>Every text name with its value in <paramref name="language"/> (for checks that both languages are complete).</summary>
    public static IReadOnlyDictionary<string, string?> All(Language language)
    {
        var culture = language == Language.Finnish ? FinnishResources : CultureInfo.InvariantCulture;
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        var names = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)?
            .Cast<System.Collections.DictionaryEntry>().Select(entry => (string)entry.Key) ?? [];
        return names.ToDictionary(name => name, name => set?.GetString(name), StringComparer.Ordinal);
    }

    private static CultureInfo FinnishFormat()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = " ";
        culture.NumberFormat.PercentDecimalSeparator = ",";
        culture.NumberFormat.PercentGroupSeparator = " ";
        culture.NumberFormat.NegativeSign = "-";
        return CultureInfo.ReadOnly(culture);
    }
}
