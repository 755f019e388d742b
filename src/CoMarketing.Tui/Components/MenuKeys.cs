using CoMarketing.Tui.Input;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Widgets;

namespace CoMarketing.Tui.Components;

/// <summary>The keys every menu shares: arrows and j/k move, g/G jump, Enter or a digit 1–9 picks an entry.</summary>
public static class MenuKeys
{
    /// <summary>The menu's key bindings, for the footer and help.</summary>
    public static IReadOnlyList<KeyBinding> Bindings(ScreenContext context)
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

    /// <summary>
    /// Enter picks the selected entry, a digit the entry at that position (of the rows shown): returns true with the
    /// menu's new selection and the entry's command. A digit past the last entry is used up with no command.
    /// </summary>
    public static bool TryPick(ListView<MenuItem> menu, KeyPress key, int height, out ListView<MenuItem> next, out ScreenCommand? command)
    {
        ArgumentNullException.ThrowIfNull(menu);
        next = menu;
        command = null;
        if (key.Is(Key.Enter) && menu.SelectedItem is { } selected)
        {
            command = selected.Select();
            return true;
        }

        if (!key.IsPrintable || key.Char.Value is < '1' or > '9')
        {
            return false;
        }

        var position = key.Char.Value - '1';
        if (position < menu.Count)
        {
            next = menu.Select(position, height);
            command = menu.Items[menu.Rows[position]].Select();
        }

        return true;
    }
}
