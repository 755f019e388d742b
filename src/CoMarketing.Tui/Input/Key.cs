namespace CoMarketing.Tui.Input;

/// <summary>A key on the keyboard. Printable characters are <see cref="Char"/> with the character in <see cref="KeyPress.Char"/>.</summary>
public enum Key
{
    None,
    Char,
    Enter,
    Escape,
    Tab,
    Backspace,
    Delete,
    Insert,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    F1,
    F2,
    F3,
    F4,
    F5,
    F6,
    F7,
    F8,
    F9,
    F10,
    F11,
    F12,
}
