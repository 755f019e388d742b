using Spectre.Console;

namespace CoMarketing.Tui.Rendering;

/// <summary>How frames are rendered: colours, whether escape codes may be used at all, and Unicode box drawing.</summary>
public sealed record RenderSettings(ColorSystemSupport Colors, bool Ansi, bool Unicode)
{
    /// <summary>Plain text without escape codes (tests, <c>--once</c> to a file or pipe).</summary>
    public static RenderSettings Plain { get; } = new(ColorSystemSupport.NoColors, Ansi: false, Unicode: true);

    /// <summary>
    /// Chooses settings from the environment: <c>NO_COLOR</c> (any value) or <c>TERM=dumb</c> give monochrome (styles
    /// such as bold and reverse still mark the selection); <c>COLORTERM=truecolor</c> true colour; a <c>256color</c>
    /// TERM 256 colours; otherwise the 16 standard colours. Unicode unless the locale names a non-UTF-8 charset.
    /// </summary>
    public static RenderSettings Detect(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        var term = getVariable("TERM") ?? "";
        var colorTerm = getVariable("COLORTERM") ?? "";
        var noColor = getVariable("NO_COLOR") is { Length: > 0 };
        var colors = noColor || term == "dumb" ? ColorSystemSupport.NoColors
            : colorTerm is "truecolor" or "24bit" ? ColorSystemSupport.TrueColor
            : term.Contains("256color", StringComparison.Ordinal) ? ColorSystemSupport.EightBit
            : ColorSystemSupport.Standard;
        var locale = getVariable("LC_ALL") is { Length: > 0 } all ? all
            : getVariable("LC_CTYPE") is { Length: > 0 } ctype ? ctype
            : getVariable("LANG") ?? "";
        var unicode = locale.Length == 0 || !locale.Contains('.', StringComparison.Ordinal)
            || locale.Contains("UTF-8", StringComparison.OrdinalIgnoreCase) || locale.Contains("utf8", StringComparison.OrdinalIgnoreCase);
        return new RenderSettings(colors, Ansi: term != "dumb", unicode);
    }
}
