using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens;

/// <summary>What a screen may know about its surroundings: the size of its body area, the texts and the clock.</summary>
/// <param name="Width">Columns available to the screen's body.</param>
/// <param name="Height">Rows available to the screen's body (the terminal minus header, message and footer lines).</param>
/// <param name="Texts">User-visible texts in the chosen language.</param>
/// <param name="Time">The clock; never read the system time directly.</param>
/// <param name="Unicode">False on terminals that cannot show box drawing and arrows; use ASCII then.</param>
public sealed record ScreenContext(int Width, int Height, TuiTexts Texts, TimeProvider Time, bool Unicode = true)
{
    public static ScreenContext Create(int width, int height, TuiTexts texts) => new(width, height, texts, TimeProvider.System);
}
