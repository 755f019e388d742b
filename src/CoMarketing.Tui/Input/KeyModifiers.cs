namespace CoMarketing.Tui.Input;

/// <summary>Modifier keys held with a key. Values follow the xterm modifier parameter minus one.</summary>
[Flags]
public enum KeyModifiers
{
    None = 0,
    Shift = 1,
    Alt = 2,
    Control = 4,
}
