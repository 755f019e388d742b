using CoMarketing.Core.Association;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Tests.Application;
using CoMarketing.Tui.Tests.Support;

namespace CoMarketing.Tui.Tests.Screens;

/// <summary>
/// Drives screens the way the host does, without a terminal: keys go to the current screen, results are applied to a
/// <see cref="Navigator"/>, an unhandled Esc goes back. The message line is cleared before each key, as on screen.
/// </summary>
internal sealed class ScreenDriver
{
    public ScreenDriver(IScreen first, int width = 80, int height = 24, TuiTexts? texts = null)
    {
        Navigator = new Navigator(first);
        Width = width;
        Height = height;
        Texts = texts ?? TuiTexts.English;
    }

    public Navigator Navigator { get; }

    public int Width { get; }

    public int Height { get; }

    public TuiTexts Texts { get; }

    public IScreen Current => Navigator.Current;

    /// <summary>The body context the host gives a screen in a terminal of Width × Height (header, message and footer lines taken).</summary>
    public ScreenContext Context => new(Width, Height - 3, Texts, new ManualTimeProvider());

    public static PlannerService Service(InMemoryPlannerBackend backend, Session session) => new(backend, session);

    public T Screen<T>()
        where T : IScreen => Current.ShouldBeAssignableTo<T>()!;

    /// <summary>Presses the keys of a <see cref="Keys"/> script (without quoted text; use <see cref="Type"/>), plus F2–F4.</summary>
    public ScreenDriver Press(string script)
    {
        foreach (var token in script.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var keys = token switch
            {
                "F2" => [KeyPress.Of(Key.F2)],
                "F3" => [KeyPress.Of(Key.F3)],
                "F4" => [KeyPress.Of(Key.F4)],
                _ => Keys.Parse(token),
            };
            foreach (var key in keys)
            {
                Press(key);
            }
        }

        return this;
    }

    public ScreenDriver Press(KeyPress key)
    {
        Navigator.ClearMessage();
        var depth = Navigator.Depth;
        var result = Navigator.Current.Handle(key, Context);
        Navigator.Apply(result);
        if (!result.Handled && key.Is(Key.Escape) && depth > 1 && Navigator.Depth == depth)
        {
            Navigator.Run(ScreenCommand.Pop());
        }

        return this;
    }

    /// <summary>Types <paramref name="text"/> character by character (any characters, including quotes).</summary>
    public ScreenDriver Type(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            Press(KeyPress.Character(rune));
        }

        return this;
    }

    public IReadOnlyList<string> Frame() => Support.Screens.Frame(Navigator, Width, Height, Texts);

    public string FrameText() => Support.Screens.Text(Frame());

    public static Language LanguageOf(TuiTexts texts) => texts.Culture.TwoLetterISOLanguageName == "fi" ? Language.Finnish : Language.English;
}
