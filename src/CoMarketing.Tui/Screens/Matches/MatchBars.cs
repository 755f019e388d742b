using CoMarketing.Core.Matching;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Editor;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens.Matches;

/// <summary>A match's score components (each 0–1) as labelled bars with percentages, and its reasons as bullets.</summary>
public static class MatchBars
{
    private const int LabelWidth = 20;

    public static IEnumerable<IRenderable> Components(MatchComponents components, TuiTexts texts, int width, bool unicode)
    {
        ArgumentNullException.ThrowIfNull(texts);
        (string Name, double Value)[] parts =
        [
            ("MatchCompAge", components.Age),
            ("MatchCompInterests", components.Interests),
            ("MatchCompArea", components.Area),
            ("MatchCompSeason", components.Season),
            ("MatchCompCustomerType", components.CustomerType),
            ("MatchCompNewReach", components.NewReach),
        ];
        foreach (var (name, value) in parts)
        {
            var percent = (value * 100).ToString("0", texts.Culture).PadLeft(3);
            yield return new Text(TextFit.Fit($"{TextFit.Pad(texts.Get(name), LabelWidth)} {AgeBar.Of(value, unicode)} {percent} %", width));
        }
    }

    public static IEnumerable<IRenderable> Reasons(IEnumerable<string> reasons, int width)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        return reasons.Select(reason => (IRenderable)new Text(TextFit.Fit("  • " + reason, width)));
    }

    public static Text Heading(string text, int width) => new(TextFit.Fit(text, width), Styles.Header);
}
