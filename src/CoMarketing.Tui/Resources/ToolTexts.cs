using System.Globalization;
using System.Resources;

namespace CoMarketing.Tui.Resources;

/// <summary>
/// Texts of the coordinator and account tools in one language, read from <c>ToolTexts.resx</c> (English) and
/// <c>ToolTexts.fi.resx</c> (Finnish). Kept apart from <see cref="TuiTexts"/> so the tools can be merged on their own.
/// </summary>
public sealed class ToolTexts
{
    private static readonly ResourceManager Resources = new("CoMarketing.Tui.Resources.ToolTexts", typeof(ToolTexts).Assembly);

    private ToolTexts(CultureInfo culture) => Culture = culture;

    public static ToolTexts English { get; } = new(CultureInfo.GetCultureInfo("en"));

    public static ToolTexts Finnish { get; } = new(CultureInfo.GetCultureInfo("fi-FI"));

    public CultureInfo Culture { get; }

    /// <summary>Finnish for a Finnish culture, English otherwise.</summary>
    public static ToolTexts For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "fi" ? Finnish : English;
    }

    /// <summary><paramref name="error"/>'s message in this language (see <see cref="Refusals.Say"/>).</summary>
    public string Message(Exception error) => Refusals.Say(error, Culture);

    /// <summary>The text named <paramref name="name"/>; the name in brackets if it is missing, so a gap shows.</summary>
    public string Get(string name) => Resources.GetString(name, Culture) ?? $"[{name}]";

    /// <summary>The text named <paramref name="name"/> with <paramref name="arguments"/> formatted in this language's culture.</summary>
    public string Format(string name, params object[] arguments) => string.Format(Culture, Get(name), arguments);

    /// <summary>Every text name (for checks that both languages are complete).</summary>
    public static IReadOnlyList<string> Names()
    {
        var neutral = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true);
        return [.. (neutral?.Cast<System.Collections.DictionaryEntry>().Select(entry => (string)entry.Key) ?? []).Order(StringComparer.Ordinal)];
    }

    /// <summary>The text named <paramref name="name"/> in this language only (null when it has no own translation).</summary>
    public string? Own(string name)
        => Resources.GetResourceSet(CultureInfo.GetCultureInfo(Culture.TwoLetterISOLanguageName), createIfNotExists: true, tryParents: false)?.GetString(name);
}
