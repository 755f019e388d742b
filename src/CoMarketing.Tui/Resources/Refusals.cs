using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Common;

namespace CoMarketing.Tui.Resources;

/// <summary>How the planner says a failure in its own language.</summary>
public static class Refusals
{
    /// <summary>Finnish for a Finnish culture, English otherwise.</summary>
    public static Language LanguageOf(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "fi" ? Language.Finnish : Language.English;
    }

    /// <summary>
    /// A <see cref="DomainException"/> in the language of <paramref name="culture"/>; any other failure (a file that
    /// cannot be read) with the message .NET gave it.
    /// </summary>
    public static string Say(Exception error, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error is DomainException refusal ? refusal.In(LanguageOf(culture)) : error.Message;
    }
}
