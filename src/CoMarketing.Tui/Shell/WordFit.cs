using System.Text;
using Terminal.Gui.Text;

namespace CoMarketing.Tui.Shell;

/// <summary>Fits text into terminal cells without cutting a word in half: a cut ends at the last whole word, then "…".</summary>
public static class WordFit
{
    /// <summary><paramref name="text"/> in at most <paramref name="width"/> cells; when cut, whole words and "…".</summary>
    public static string Fit(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (width <= 0)
        {
            return "";
        }

        if (text.GetColumns() <= width)
        {
            return text;
        }

        var builder = new StringBuilder();
        var used = 0;
        var lastSpace = -1;
        foreach (var rune in text.EnumerateRunes())
        {
            var cells = Math.Max(rune.GetColumns(), 0);
            if (used + cells > width - 1)
            {
                break;
            }

            if (System.Text.Rune.IsWhiteSpace(rune))
            {
                lastSpace = builder.Length;
            }

            builder.Append(rune.ToString());
            used += cells;
        }

        // A word that alone is wider than the room is cut (there is nothing whole to keep); otherwise at a space.
        var kept = lastSpace > 0 ? builder.ToString(0, lastSpace).TrimEnd() : builder.ToString();
        return kept + "…";
    }

    /// <summary><paramref name="text"/> fitted by <see cref="Fit"/> and padded with spaces to <paramref name="width"/> cells.</summary>
    public static string Pad(string text, int width)
    {
        var fitted = Fit(text, width);
        return fitted + new string(' ', Math.Max(width - fitted.GetColumns(), 0));
    }
}
