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

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        return
        [
            new KeyBinding(context.Unicode ? "↑↓" : "Up/Down", texts.KeyMove),
            new KeyBinding("Enter", texts.KeySelect),
            new KeyBinding("1-9", texts.KeySelect, InFooter: false),
            new KeyBinding("j/k", texts.KeyMove, InFooter: false),
            new KeyBinding("g/G", texts.KeyFirstLast, InFooter: false),
        ];
    }

    public ScreenResult Handle(KeyPress key, ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (key.Is(Key.Enter) && Menu.SelectedItem is { } selected)
        {
            return ScreenResult.With(this, selected.Select());
        }

        if (key.IsPrintable && key.Char.Value is >= '1' and <= '9')
        {
            var position = key.Char.Value - '1';
            return position < Menu.Count
                ? ScreenResult.With(this with { Menu = Menu.Select(position, ListHeight(context)) }, Menu.Items[Menu.Rows[position]].Select())
                : ScreenResult.Stay(this);
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
