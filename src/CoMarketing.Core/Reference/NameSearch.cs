using System.Globalization;
using System.Text;

namespace CoMarketing.Core.Reference;

/// <summary>
/// Finds entries of a reference list by what a person types. For industry classes: the code or its start (<c>561</c>), or
/// words of the Finnish or English name in any case, with or without diacritics (<c>cafe</c>, <c>CAFÉ</c>) and in inflected forms (<c>kahvilat</c>,
/// <c>kahvilan</c>, <c>kahviloissa</c>, <c>restaurant</c>, <c>barbers</c>). Every typed word must match the start of a
/// word of the code or either name; the results come best first: a whole-word match before a word start, code order last.
/// </summary>
/// <remarks>
/// Inflection is handled by a small suffix stripper, not a full Finnish grammar: each word loses one case or plural
/// ending (<c>-ssa</c>, <c>-lla</c>, <c>-t</c>, <c>-n</c>, <c>-iden</c>, …) and then its last vowels, so
/// "kahvilan" and "kahviloiden" both become "kahvil". Stems are never shorter than three letters.
/// </remarks>
public static class NameSearch
{
    private const int MinStem = 3;

    // Longest first, so "-issa" goes before "-ssa" and "-a".
    private static readonly string[] Endings =
    [
        "iden", "itten", "ista", "issa", "ille", "ilta", "illa", "ineen", "ihin", "ssa", "sta", "lla", "lta", "lle", "ksi",
        "ine", "ien", "jen", "tten", "den", "ten", "hin", "na", "ni", "si", "es", "s", "t", "n",
    ];

    /// <summary>The classes matching <paramref name="query"/> by code, Finnish or English name, best first; all of them for an empty query.</summary>
    public static IReadOnlyList<IndustryClass> Industries(IEnumerable<IndustryClass> industries, string? query) =>
        Search(industries, industry => $"{industry.Code.Code} {industry.NameFi} {industry.NameEn}", query);

    /// <summary>The items whose <paramref name="text"/> matches <paramref name="query"/>, best first, else in their order; all for an empty query.</summary>
    public static IReadOnlyList<T> Search<T>(IEnumerable<T> items, Func<T, string> text, string? query)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(query ?? string.Empty);
        if (words.Count == 0)
        {
            return [.. items];
        }

        return [.. items
            .Select((item, order) => (item, order, score: Score(Words(text(item)), words)))
            .Where(hit => hit.score > 0)
            .OrderByDescending(hit => hit.score)
            .ThenBy(hit => hit.order)
            .Select(hit => hit.item)];
    }

    /// <summary>True when every word of <paramref name="query"/> matches a word of <paramref name="text"/> (see the class).</summary>
    public static bool Matches(string text, string? query) => Score(Words(text ?? string.Empty), Words(query ?? string.Empty)) > 0;

    /// <summary>Lower case, diacritics removed (é → e, ä → a), split at anything that is not a letter or digit.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The word without one inflection ending and its final vowels ("kahviloissa" → "kahvil").</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.All(char.IsAsciiDigit))
        {
            return word;
        }

        var stem = word;
        foreach (var ending in Endings)
        {
            if (stem.EndsWith(ending, StringComparison.Ordinal) && stem.Length - ending.Length >= MinStem)
            {
                stem = stem[..^ending.Length];
                break;
            }
        }

        while (stem.Length > MinStem && IsVowel(stem[^1]))
        {
            stem = stem[..^1];
        }

        return stem;
    }

    private static int Score(IReadOnlyList<string> words, IReadOnlyList<string> query)
    {
        if (query.Count == 0)
        {
            return 1;
        }

        var total = 0;
        foreach (var typed in query)
        {
            var best = words.Select(word => WordScore(word, typed)).DefaultIfEmpty(0).Max();
            if (best == 0)
            {
                return 0;
            }

            total += best;
        }

        return total;
    }

    /// <summary>3 the same word, 2 the start of it, 1 the same stem (an inflected form); 0 no match.</summary>
    private static int WordScore(string word, string typed)
    {
        if (word == typed)
        {
            return 3;
        }

        if (word.StartsWith(typed, StringComparison.Ordinal))
        {
            return 2;
        }

        var stem = Stem(typed);
        return stem.Length >= MinStem && !typed.All(char.IsAsciiDigit) && word.StartsWith(stem, StringComparison.Ordinal) ? 1 : 0;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
