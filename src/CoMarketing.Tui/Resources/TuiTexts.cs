using System.Globalization;
using System.Resources;
using Humanizer;

namespace CoMarketing.Tui.Resources;

/// <summary>
/// The planner's user-visible texts in one language, read from <c>Texts.resx</c> (English) and <c>Texts.fi.resx</c>
/// (Finnish). The culture is chosen once and passed in; the thread's current culture is never consulted.
/// </summary>
public sealed partial class TuiTexts
{
    private static readonly ResourceManager Resources = new("CoMarketing.Tui.Resources.Texts", typeof(TuiTexts).Assembly);

    public TuiTexts(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        Culture = culture;
    }

    /// <summary>The languages with texts: English and Finnish.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "fi"];

    public static TuiTexts English { get; } = new(CultureInfo.GetCultureInfo("en"));

    public static TuiTexts Finnish { get; } = new(CultureInfo.GetCultureInfo("fi-FI"));

    public CultureInfo Culture { get; }

    /// <summary>Texts for <paramref name="language"/> ("fi", "en", or a culture name such as "fi_FI.UTF-8"); English otherwise.</summary>
    public static TuiTexts For(string? language) =>
        language is not null && language.StartsWith("fi", StringComparison.OrdinalIgnoreCase) ? Finnish : English;

    /// <summary><paramref name="error"/>'s message in this language (see <see cref="Refusals.Say"/>).</summary>
    public string Message(Exception error) => Refusals.Say(error, Culture);

    /// <summary>The text named <paramref name="name"/>; the name itself in brackets if it is missing, so a gap shows.</summary>
    public string Get(string name) => Resources.GetString(name, Culture) ?? $"[{name}]";

    /// <summary>The text named <paramref name="name"/> with <paramref name="arguments"/> formatted in this language's culture.</summary>
    public string Format(string name, params object[] arguments) => string.Format(Culture, Get(name), arguments);

    /// <summary>
    /// <paramref name="count"/> with the text <c>{name}One</c> for exactly one and <c>{name}Many</c> otherwise: Finnish
    /// takes the partitive after every other number, zero included (<c>1 luonnos</c>, <c>0 luonnosta</c>, <c>3 luonnosta</c>).
    /// </summary>
    public string Quantity(string name, long count) =>
        Format(name + (count == 1 ? "One" : "Many"), count.ToString("N0", Culture));

    /// <summary>
    /// <paramref name="count"/> with the noun named <paramref name="noun"/>: English through Humanizer's
    /// <c>ToQuantity</c> on the singular (<c>1 partner</c>, <c>3 partners</c>); Finnish through <c>{noun}One</c> and
    /// <c>{noun}Many</c> as <see cref="Quantity"/> (<c>1 kumppani</c>, <c>3 kumppania</c>).
    /// </summary>
    public string Count(string noun, long count) =>
        Culture.TwoLetterISOLanguageName == "fi" ? Quantity(noun, count) : Get(noun).ToQuantity(count, "N0", Culture);

    /// <summary>Every text name with its value in this language (for checks that both languages are complete).</summary>
    public IReadOnlyDictionary<string, string> All()
    {
        var neutral = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true);
        var names = neutral?.Cast<System.Collections.DictionaryEntry>().Select(entry => (string)entry.Key) ?? [];
        return names.ToDictionary(name => name, Get, StringComparer.Ordinal);
    }

    public string AppName => Get(nameof(AppName));

    public string KeyHelp => Get(nameof(KeyHelp));

    public string KeyBack => Get(nameof(KeyBack));

    public string KeyQuit => Get(nameof(KeyQuit));

    public string KeyMove => Get(nameof(KeyMove));

    public string KeyFirstLast => Get(nameof(KeyFirstLast));

    public string KeyPage => Get(nameof(KeyPage));

    public string KeyFilter => Get(nameof(KeyFilter));

    public string KeySort => Get(nameof(KeySort));

    public string KeySortReverse => Get(nameof(KeySortReverse));

    public string KeySelect => Get(nameof(KeySelect));

    public string KeyClose => Get(nameof(KeyClose));

    public string KeySave => Get(nameof(KeySave));

    public string KeyNextField => Get(nameof(KeyNextField));

    public string KeyPreviousField => Get(nameof(KeyPreviousField));

    public string HelpTitle => Get(nameof(HelpTitle));

    public string HelpKeyColumn => Get(nameof(HelpKeyColumn));

    public string HelpActionColumn => Get(nameof(HelpActionColumn));

    public string HelpClose => Get(nameof(HelpClose));

    public string FilterLabel => Get(nameof(FilterLabel));

    public string FilterHint => Get(nameof(FilterHint));

    public string RowsShown => Get(nameof(RowsShown));

    public string NoRows => Get(nameof(NoRows));

    public string NoMatches => Get(nameof(NoMatches));

    public string ConfirmKeys => Get(nameof(ConfirmKeys));

    public string MessageError => Get(nameof(MessageError));

    public string MessageWarning => Get(nameof(MessageWarning));

    public string MessageSuccess => Get(nameof(MessageSuccess));

    public string UnexpectedError => Get(nameof(UnexpectedError));

    public string TooSmall => Get(nameof(TooSmall));
}
