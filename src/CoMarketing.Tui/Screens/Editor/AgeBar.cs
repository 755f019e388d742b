namespace CoMarketing.Tui.Screens.Editor;

/// <summary>A bar of cells filled in proportion to a share (the age bands in the editor and the profile).</summary>
public static class AgeBar
{
    public const int Width = 20;

    /// <summary>The bar for <paramref name="fraction"/> (0–1); <paramref name="unicode"/> false draws it with # and . instead.</summary>
    public static string Of(double fraction, bool unicode = true, int width = Width)
    {
        var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * width, MidpointRounding.AwayFromZero);
        return new string(unicode ? '█' : '#', filled) + new string(unicode ? '░' : '.', width - filled);
    }
}
