using CoMarketing.Tui.Input;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Components;

/// <summary>
/// A screen of choices (welcome, sign-in kinds): ↑/↓ (j/k) move, Enter chooses, 1–9 choose directly.
/// The selected entry's description shows below the list.
/// </summary>
public sealed record MenuScreen : IScreen
{
    private const int IntroLines = 2;

    public MenuScreen(string title, IReadOnlyList<MenuItem> items, string? intro = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(items);
        Title = title;
        Intro = intro;
        Menu = new ListView<MenuItem>(items, item => item.Label);
    }

    public string Title { get; }

    public string? Intro { get; }

    public ListView<MenuItem> Menu { get; private init; }

    public string GetTitle(ScreenContext context) => Title;

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context) => MenuKeys.Bindings(context);

    public ScreenResult Handle(KeyPress key, ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (MenuKeys.TryPick(Menu, key, ListHeight(context), out var picked, out var command))
        {
            var next = this with { Menu = picked };
            return command is null ? ScreenResult.Stay(next) : ScreenResult.With(next, command);
        }

        if (key.Is('/'))
        {
            return ScreenResult.Unhandled(this); // menus are short; no filter
        }

        return Menu.TryHandle(key, ListHeight(context), out var menu)
            ? ScreenResult.Stay(this with { Menu = menu })
            : ScreenResult.Unhandled(this);
    }

    public IRenderable Render(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rows = new List<IRenderable>();
        if (Intro is not null)
        {
            rows.Add(new Text(TextFit.Fit(Intro, context.Width), Styles.Header));
            rows.Add(Text.Empty);
        }

        var items = Menu.Items.ToList();
        rows.Add(ListRenderer.Render(Menu, item => $"{items.FindIndex(i => ReferenceEquals(i, item)) + 1}. {item.Label}", context.Width, ListHeight(context), context.Texts, context.Unicode));
        if (Menu.SelectedItem is { Description.Length: > 0 } selected)
        {
            rows.Add(Text.Empty);
            rows.Add(new Text(selected.Description, Styles.Dim));
        }

        return new Rows(rows);
    }

    private int ListHeight(ScreenContext context) => Math.Max(context.Height - (Intro is null ? 0 : IntroLines) - 2, 1);
}
