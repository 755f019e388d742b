using CoMarketing.Core.Matching;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Shell;
using Terminal.Gui.Text;

namespace CoMarketing.Tui.Screens.Matches;

/// <summary>A match's score components (each 0–1) as labelled bars with percentages, and reasons as bullets, as lines of text.</summary>
public static class MatchLines
{
    private const int BarWidth = 10;

    private static readonly string[] ComponentNames =
        ["MatchCompAge", "MatchCompInterests", "MatchCompArea", "MatchCompSeason", "MatchCompCustomerType", "MatchCompNewReach"];

    /// <summary>One line per component: its name (never cut: the column is as wide as the longest), a bar and the percentage.</summary>
    public static IEnumerable<string> Components(MatchComponents components, TuiTexts texts, int width)
    {
        ArgumentNullException.ThrowIfNull(texts);
        double[] values = [components.Age, components.Interests, components.Area, components.Season, components.CustomerType, components.NewReach];
        var labels = ComponentNames.Select(texts.Get).ToArray();
        var labelWidth = labels.Max(label => label.GetColumns());
        for (var i = 0; i < values.Length; i++)
        {
            var percent = (values[i] * 100).ToString("0", texts.Culture).PadLeft(3);
            yield return WordFit.Fit($"{labels[i].PadRight(labelWidth)}  {Bar(values[i])} {percent} %", width);
        }
    }

    /// <summary>Each reason as a bullet, wrapped at words onto further lines indented under it.</summary>
    public static IEnumerable<string> Reasons(IEnumerable<string> reasons, int width)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        foreach (var reason in reasons)
        {
            var prefix = "  • ";
            foreach (var line in Wrap(reason, Math.Max(width - 4, 10)))
            {
                yield return prefix + line;
                prefix = "    ";
            }
        }
    }

    /// <summary>The bar of a fraction 0–1: filled and empty cells.</summary>
    public static string Bar(double fraction)
    {
        var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * BarWidth, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', BarWidth - filled);
    }

    /// <summary><paramref name="text"/> broken at spaces into lines of at most <paramref name="width"/> cells (a longer word gets a line of its own, cut).</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (candidate.GetColumns() <= width || line.Length == 0)
            {
                line = candidate;
                continue;
            }

            yield return WordFit.Fit(line, width);
            line = word;
        }

        if (line.Length > 0)
        {
            yield return WordFit.Fit(line, width);
        }
    }
}
