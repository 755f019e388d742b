using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using Spectre.Console;

namespace CoMarketing.Tui.Host;

/// <summary>
/// Lays out a whole frame: header (row 1), the current screen's body, the message line and the footer (last row).
/// With help open, the body is the help table. Below <see cref="MinWidth"/>×<see cref="MinHeight"/> it asks for more room.
/// </summary>
public sealed class FrameComposer
{
    public const int MinWidth = 40;
    public const int MinHeight = 10;
    private const int ChromeLines = 3;

    private readonly OffscreenRenderer _renderer;
    private readonly TuiTexts _texts;
    private readonly TimeProvider _time;

    public FrameComposer(OffscreenRenderer renderer, TuiTexts texts, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(time);
        _renderer = renderer;
        _texts = texts;
        _time = time;
    }

    /// <summary>The context a screen gets for a terminal of <paramref name="size"/>: the body area's size.</summary>
    public ScreenContext BodyContext(TerminalSize size) =>
        new(size.Width, Math.Max(size.Height - ChromeLines, 1), _texts, _time, _renderer.Settings.Unicode);

    /// <summary>The keys the host itself handles, shown in help after the screen's own.</summary>
    public IReadOnlyList<KeyBinding> GlobalKeys(int depth)
    {
        var keys = new List<KeyBinding> { new("?", _texts.KeyHelp) };
        if (depth > 1)
        {
            keys.Add(new KeyBinding("Esc", _texts.KeyBack));
        }

        keys.Add(new KeyBinding("Ctrl+C", _texts.KeyQuit, InFooter: false));
        return keys;
    }

    public Frame Compose(Navigator navigator, TerminalSize size, bool helpVisible)
    {
        ArgumentNullException.ThrowIfNull(navigator);
        var context = BodyContext(size);
        var screen = navigator.Current;
        var lines = new List<string>(size.Height);
        if (size.Width < MinWidth || size.Height < MinHeight)
        {
            var message = _texts.Format(nameof(TuiTexts.TooSmall), size.Width, size.Height, MinWidth, MinHeight);
            lines.AddRange(_renderer.Render(new Text(message), size.Width, size.Height));
            return new Frame(size, lines);
        }

        var title = screen.GetTitle(context);
        var screenKeys = screen.GetKeys(context);
        var globalKeys = GlobalKeys(navigator.Depth);
        var declared = screenKeys.Select(key => key.Keys).ToHashSet(StringComparer.Ordinal);
        var extraKeys = globalKeys.Where(key => !declared.Contains(key.Keys)).ToList();
        var allKeys = screenKeys.Concat(extraKeys).ToList();
        var body = helpVisible ? HelpOverlay.Render(title, allKeys, _texts) : screen.Render(context);

        lines.AddRange(_renderer.Render(Chrome.Header(_texts.AppName, title, screen.GetStatus(context), size.Width), size.Width, 1));
        lines.AddRange(_renderer.Render(body, context.Width, context.Height));
        lines.AddRange(_renderer.Render(Chrome.Message(navigator.Message, _texts, size.Width), size.Width, 1));
        // Help first, so however narrow the terminal, the way to every other key stays visible.
        var footerKeys = helpVisible ? [] : extraKeys.Concat(screenKeys).Where(key => key.InFooter);
        lines.AddRange(_renderer.Render(Chrome.Footer(footerKeys, size.Width), size.Width, 1));
        return new Frame(size, lines);
    }
}
