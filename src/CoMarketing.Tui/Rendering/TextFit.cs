using System.Text;
using Spectre.Console;

namespace CoMarketing.Tui.Rendering;

/// <summary>Fits plain text into a number of terminal cells (wide characters count as two).</summary>
public static class TextFit
{
    /// <summary><paramref name="text"/> cut to at most <paramref name="width"/> cells, ending in "…" when cut.</summary>
    public static string Fit(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (width <= 0)
        {
            return "";
        }

        if (text.GetCellWidth() <= width)
        {
            return text;
        }

        var builder = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var cells = rune.ToString().GetCellWidth();
            if (used + cells > width - 1)
            {
                break;
            }

            builder.Append(rune.ToString());
            used += cells;
        }

        return builder.Append('…').ToString();
    }

    /// <summary><paramref name="text"/> fitted and padded with spaces to exactly <paramref name="width"/> cells.</summary>
    public static string Pad(string text, int width)
    {
        var fitted = Fit(text, width);
        return fitted + new string(' ', Math.Max(width - fitted.GetCellWidth(), 0));
    }
}
