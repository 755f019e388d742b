using System.Text;

namespace CoMarketing.Tui.Input;

/// <summary>
/// One decoded key press. A printable character is <see cref="Key.Char"/> with <see cref="Char"/> set; Ctrl+letter is
/// <see cref="Key.Char"/> with the lower-case letter and <see cref="KeyModifiers.Control"/>.
/// </summary>
public readonly record struct KeyPress(Key Key, Rune Char, KeyModifiers Modifiers)
{
    public static KeyPress Of(Key key, KeyModifiers modifiers = KeyModifiers.None) => new(key, default, modifiers);

    public static KeyPress Character(char character) => new(Key.Char, new Rune(character), KeyModifiers.None);

    public static KeyPress Character(Rune character) => new(Key.Char, character, KeyModifiers.None);

    public static KeyPress Ctrl(char letter) => new(Key.Char, new Rune(char.ToLowerInvariant(letter)), KeyModifiers.Control);

    public static KeyPress Alt(char character) => new(Key.Char, new Rune(character), KeyModifiers.Alt);

    public bool HasControl => (Modifiers & KeyModifiers.Control) != 0;

    public bool HasAlt => (Modifiers & KeyModifiers.Alt) != 0;

    public bool HasShift => (Modifiers & KeyModifiers.Shift) != 0;

    /// <summary>A character to insert into text: a <see cref="Key.Char"/> without Ctrl or Alt.</summary>
    public bool IsPrintable => Key == Key.Char && !HasControl && !HasAlt && !Rune.IsControl(Char);

    /// <summary>True for the plain character <paramref name="character"/> (no Ctrl/Alt).</summary>
    public bool Is(char character) => IsPrintable && Char.Value == character;

    /// <summary>True for Ctrl+<paramref name="letter"/>.</summary>
    public bool IsCtrl(char letter) =>
        Key == Key.Char && HasControl && !HasAlt && Char.Value == char.ToLowerInvariant(letter);

    /// <summary>True for <paramref name="key"/> with exactly <paramref name="modifiers"/>.</summary>
    public bool Is(Key key, KeyModifiers modifiers = KeyModifiers.None) => Key == key && Modifiers == modifiers;

    public override string ToString()
    {
        var prefix = (HasControl ? "Ctrl+" : "") + (HasAlt ? "Alt+" : "") + (HasShift ? "Shift+" : "");
        return Key == Key.Char ? prefix + Char : prefix + Key;
    }
}
