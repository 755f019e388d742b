using System.Globalization;
using System.Text;

namespace CoMarketing.Core.Common;

/// <summary>
/// The one form of a name that is stored and compared: Unicode NFC (so <c>ä</c> typed as <c>a</c> + combining
/// diaeresis equals <c>ä</c>), invisible characters removed (zero-width spaces and joiners, soft hyphens, byte-order
/// marks, direction marks, control characters), every run of white space (tabs, no-break spaces) one plain space,
/// and no space at either end. Two names that look the same are then the same name.
/// </summary>
public static class NameText
{
    /// <summary>The normalised form of <paramref name="text"/>; <c>null</c> gives an empty string.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var composed = RemoveLoneSurrogates(text).Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string RemoveLoneSurrogates(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else if (!char.IsSurrogate(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
