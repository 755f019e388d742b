using System.Globalization;
using System.Resources;

namespace CoMarketing.Tui.Resources;

/// <summary>
/// The campaign screens' texts in one language, read from <c>CampaignTexts.resx</c> (English) and
/// <c>CampaignTexts.fi.resx</c> (Finnish); kept apart from <see cref="TuiTexts"/> so the areas grow independently.
/// </summary>
public sealed class CampaignTexts
{
    private static readonly ResourceManager Resources = new("CoMarketing.Tui.Resources.CampaignTexts", typeof(CampaignTexts).Assembly);

    public CampaignTexts(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        Culture = culture;
    }

    public static CampaignTexts English { get; } = new(CultureInfo.GetCultureInfo("en"));

    public static CampaignTexts Finnish { get; } = new(CultureInfo.GetCultureInfo("fi-FI"));

    public CultureInfo Culture { get; }

    /// <summary>True when these are the Finnish texts.</summary>
    public bool IsFinnish => Culture.TwoLetterISOLanguageName == "fi";

    /// <summary>The campaign texts in the language of <paramref name="texts"/>.</summary>
    public static CampaignTexts Of(TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Culture.TwoLetterISOLanguageName == "fi" ? Finnish : English;
    }

    /// <summary><paramref name="error"/>'s message in this language (see <see cref="Refusals.Say"/>).</summary>
    public string Message(Exception error) => Refusals.Say(error, Culture);

    /// <summary>The text named <paramref name="name"/>; the name in brackets if it is missing, so a gap shows.</summary>
    public string Get(string name) => Resources.GetString(name, Culture) ?? $"[{name}]";

    /// <summary>The text named <paramref name="name"/> with <paramref name="arguments"/> formatted in this culture.</summary>
    public string Format(string name, params object[] arguments) => string.Format(Culture, Get(name), arguments);

    /// <summary>Every text name with its value in this language (for checks that both languages are complete).</summary>
    public IReadOnlyDictionary<string, string> All()
    {
        var neutral = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true);
        var names = neutral?.Cast<System.Collections.DictionaryEntry>().Select(entry => (string)entry.Key) ?? [];
        return names.ToDictionary(name => name, Get, StringComparer.Ordinal);
    }
}
