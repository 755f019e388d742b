using Terminal.Gui.App;
using Terminal.Gui.Configuration;
using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// <c>NO_COLOR</c> (any value) or <c>TERM=dumb</c>: every scheme becomes white on black, the focus and selection in
/// reverse video and hot keys underlined, so nothing depends on colour. Terminal.Gui 2.5.0 only detects it.
/// </summary>
public static class Monochrome
{
    /// <summary>True when the environment asks for no colour.</summary>
    public static bool IsAsked(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        return getVariable("NO_COLOR") is { Length: > 0 } || getVariable("TERM") == "dumb";
    }

    /// <summary>Replaces the schemes with monochrome ones when <see cref="IsAsked"/>; true when it did.</summary>
    public static bool ApplyIfAsked(IApplication app, Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!IsAsked(getVariable))
        {
            return false;
        }

        var plain = new Attribute(StandardColor.White, StandardColor.Black);
        var reverse = new Attribute(StandardColor.White, StandardColor.Black, TextStyle.Reverse);
        var scheme = new Scheme(plain)
        {
            Normal = plain,
            HotNormal = new Attribute(StandardColor.White, StandardColor.Black, TextStyle.Underline),
            Focus = reverse,
            HotFocus = new Attribute(StandardColor.White, StandardColor.Black, TextStyle.Reverse | TextStyle.Underline),
            Active = reverse,
            HotActive = reverse,
            Highlight = new Attribute(StandardColor.White, StandardColor.Black, TextStyle.Bold),
            Editable = new Attribute(StandardColor.White, StandardColor.Black, TextStyle.Underline),
            ReadOnly = plain,
            Disabled = plain,
        };
        foreach (var name in SchemeManager.GetSchemesForCurrentTheme().Keys.ToList())
        {
            SchemeManager.AddScheme(name, scheme);
        }

        if (app.Driver is { } driver)
        {
            driver.Force16Colors = true;
        }

        return true;
    }
}
