using CoMarketing.Tui.Host;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;

namespace CoMarketing.Tui.Tests.Support;

/// <summary>Renders screens to plain text the way the host would, at a fixed size.</summary>
internal static class Screens
{
    public static ScreenContext Context(int width = 80, int height = 21, TuiTexts? texts = null) =>
        new(width, height, texts ?? TuiTexts.English, new ManualTimeProvider());

    /// <summary>The whole frame (header, body, message, footer) as plain lines.</summary>
    public static IReadOnlyList<string> Frame(Navigator navigator, int width, int height, TuiTexts? texts = null, bool help = false)
    {
        var composer = new FrameComposer(new OffscreenRenderer(RenderSettings.Plain), texts ?? TuiTexts.English, new ManualTimeProvider());
        return composer.Compose(navigator, new TerminalSize(width, height), help).Lines;
    }

    public static IReadOnlyList<string> Frame(IScreen screen, int width, int height, TuiTexts? texts = null, bool help = false) =>
        Frame(new Navigator(screen), width, height, texts, help);

    public static string Text(IReadOnlyList<string> lines) => string.Join('\n', lines);
}
