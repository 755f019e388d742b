using System.Text;

namespace CoMarketing.Tui.Input;

/// <summary>Maps .NET's <see cref="ConsoleKeyInfo"/> to <see cref="KeyPress"/> (the fallback reader where raw input is not available).</summary>
public static class ConsoleKeyMapper
{
    public static KeyPress? Map(ConsoleKeyInfo info)
    {
        var modifiers = KeyModifiers.None;
        if ((info.Modifiers & ConsoleModifiers.Shift) != 0)
        {
            modifiers |= KeyModifiers.Shift;
        }

        if ((info.Modifiers & ConsoleModifiers.Alt) != 0)
        {
            modifiers |= KeyModifiers.Alt;
        }

        if ((info.Modifiers & ConsoleModifiers.Control) != 0)
        {
            modifiers |= KeyModifiers.Control;
        }

        Key? special = info.Key switch
        {
            ConsoleKey.Enter => Key.Enter,
            ConsoleKey.Escape => Key.Escape,
            ConsoleKey.Tab => Key.Tab,
            ConsoleKey.Backspace => Key.Backspace,
            ConsoleKey.Delete => Key.Delete,
            ConsoleKey.Insert => Key.Insert,
            ConsoleKey.UpArrow => Key.Up,
            ConsoleKey.DownArrow => Key.Down,
            ConsoleKey.LeftArrow => Key.Left,
            ConsoleKey.RightArrow => Key.Right,
            ConsoleKey.Home => Key.Home,
            ConsoleKey.End => Key.End,
            ConsoleKey.PageUp => Key.PageUp,
            ConsoleKey.PageDown => Key.PageDown,
            >= ConsoleKey.F1 and <= ConsoleKey.F12 => Key.F1 + (info.Key - ConsoleKey.F1),
            _ => null,
        };
        if (special is { } key)
        {
            return KeyPress.Of(key, modifiers);
        }

        if ((modifiers & KeyModifiers.Control) != 0 && info.Key is >= ConsoleKey.A and <= ConsoleKey.Z)
        {
            return new KeyPress(Key.Char, new Rune((char)('a' + (info.Key - ConsoleKey.A))), modifiers & ~KeyModifiers.Shift);
        }

        if (info.KeyChar == '\0' || char.IsSurrogate(info.KeyChar))
        {
            return null;
        }

        // The character already carries Shift (an upper-case letter), so Shift is not repeated as a modifier.
        return new KeyPress(Key.Char, new Rune(info.KeyChar), modifiers & ~KeyModifiers.Shift);
    }
}
