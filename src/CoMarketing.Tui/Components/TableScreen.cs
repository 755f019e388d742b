using CoMarketing.Tui.Input;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Screens;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Components;

/// <summary>
/// A screen that is one <see cref="TableView{T}"/> filling the body: browse, filter (<c>/</c>), sort (<c>s</c>/<c>S</c>)
/// and, when <see cref="Open"/> is given, Enter opens the selected row.
/// </summary>
public sealed record TableScreen<T>(string Title, TableView<T> Table, Func<T, ScreenCommand>? Open = null) : IScreen
{
    public string GetTitle(ScreenContext context) => Title;

    public string? GetStatus(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Table.List.Count.ToString("N0", context.Texts.Culture);
    }

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        var keys = new List<KeyBinding> { new(context.Unicode ? "↑↓" : "Up/Down", texts.KeyMove) };
        if (Open is not null)
        {
            keys.Add(new KeyBinding("Enter", texts.KeySelect));
        }

        keys.AddRange(
        [
            new KeyBinding("/", texts.KeyFilter),
            new KeyBinding("s", texts.KeySort),
            new KeyBinding("S", texts.KeySortReverse, InFooter: false),
            new KeyBinding("j/k", texts.KeyMove, InFooter: false),
            new KeyBinding("g/G Home/End", texts.KeyFirstLast, InFooter: false),
            new KeyBinding("PgUp/PgDn", texts.KeyPage, InFooter: false),
        ]);
        return keys;
    }

    public ScreenResult Handle(KeyPress key, ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Table.List.IsFiltering && key.Is(Key.Enter) && Open is not null && Table.SelectedItem is { } item)
        {
            return ScreenResult.With(this, Open(item));
        }

        return Table.TryHandle(key, context.Height, out var table)
            ? ScreenResult.Stay(this with { Table = table })
            : ScreenResult.Unhandled(this);
    }

    public IRenderable Render(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TableViewRenderer.Render(Table, context.Width, context.Height, context.Texts, context.Unicode);
    }
}
