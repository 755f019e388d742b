using System.Text;
using CoMarketing.Tui.Input;
using TgKey = Terminal.Gui.Input.Key;
using KeyCode = Terminal.Gui.Drivers.KeyCode;

namespace CoMarketing.Tui.Shell;

/// <summary>Turns a Terminal.Gui key into the plain screens' <see cref="KeyPress"/>.</summary>
public static class KeyTranslator
{
    private static readonly Dictionary<KeyCode, Key> Special = new()
    {
        [KeyCode.Enter] = Key.Enter,
        [KeyCode.Esc] = Key.Escape,
        [KeyCode.Tab] = Key.Tab,
        [KeyCode.Backspace] = Key.Backspace,
        [KeyCode.Delete] = Key.Delete,
        [KeyCode.Insert] = Key.Insert,
        [KeyCode.CursorUp] = Key.Up,
        [KeyCode.CursorDown] = Key.Down,
        [KeyCode.CursorLeft] = Key.Left,
        [KeyCode.CursorRight] = Key.Right,
        [KeyCode.Home] = Key.Home,
        [KeyCode.End] = Key.End,
        [KeyCode.PageUp] = Key.PageUp,
        [KeyCode.PageDown] = Key.PageDown,
        [KeyCode.F1] = Key.F1,
        [KeyCode.F2] = Key.F2,
        [KeyCode.F3] = Key.F3,
        [KeyCode.F4] = Key.F4,
        [KeyCode.F5] = Key.F5,
        [KeyCode.F6] = Key.F6,
        [KeyCode.F7] = Key.F7,
        [KeyCode.F8] = Key.F8,
        [KeyCode.F9] = Key.F9,
        [KeyCode.F10] = Key.F10,
        [KeyCode.F11] = Key.F11,
        [KeyCode.F12] = Key.F12,
    };

    /// <summary>The same key for a screen; false for keys screens never see (a bare modifier).</summary>
    public static bool TryTranslate(TgKey key, out KeyPress press)
    {
        ArgumentNullException.ThrowIfNull(key);
        var modifiers = (key.IsShift ? KeyModifiers.Shift : KeyModifiers.None)
            | (key.IsAlt ? KeyModifiers.Alt : KeyModifiers.None)
            | (key.IsCtrl ? KeyModifiers.Control : KeyModifiers.None);
        var bare = key.NoShift.NoAlt.NoCtrl.KeyCode;
        if (Special.TryGetValue(bare, out var special))
        {
            press = KeyPress.Of(special, modifiers);
            return true;
        }

        if (key.IsCtrl && bare is >= KeyCode.A and <= KeyCode.Z)
        {
            press = new KeyPress(Key.Char, new Rune(char.ToLowerInvariant((char)bare)), KeyModifiers.Control | (key.IsAlt ? KeyModifiers.Alt : KeyModifiers.None));
            return true;
        }

        // A terminal sends Ctrl+letter as the control character 1–26, which may arrive without the Ctrl flag.
        var code = (int)bare;
        if (code is >= 1 and <= 26 and not (8 or 9 or 10 or 13))
        {
            press = new KeyPress(Key.Char, new Rune((char)('a' + code - 1)), KeyModifiers.Control | (key.IsAlt ? KeyModifiers.Alt : KeyModifiers.None));
            return true;
        }

        var rune = key.AsRune;
        if (rune.Value == 0 || Rune.IsControl(rune))
        {
            press = default;
            return false;
        }

        press = new KeyPress(Key.Char, rune, key.IsAlt ? KeyModifiers.Alt : KeyModifiers.None);
        return true;
    }
}
