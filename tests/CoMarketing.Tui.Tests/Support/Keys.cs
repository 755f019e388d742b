using CoMarketing.Tui.Input;

namespace CoMarketing.Tui.Tests.Support;

/// <summary>
/// Key scripts for tests: names separated by spaces (Up Down Left Right Home End PgUp PgDn Enter Esc Tab S-Tab BS Del
/// F1), C-x for Ctrl+x, M-x for Alt+x, C-Left/C-Right, and 'literal text' typed character by character.
/// </summary>
internal static class Keys
{
    public static IReadOnlyList<KeyPress> Parse(string script)
    {
        var keys = new List<KeyPress>();
        var i = 0;
        while (i < script.Length)
        {
            if (script[i] == ' ')
            {
                i++;
                continue;
            }

            if (script[i] == '\'')
            {
                var end = script.IndexOf('\'', i + 1);
                keys.AddRange(script[(i + 1)..end].EnumerateRunes().Select(KeyPress.Character));
                i = end + 1;
                continue;
            }

            var next = script.IndexOf(' ', i);
            var token = next < 0 ? script[i..] : script[i..next];
            keys.Add(Named(token));
            i += token.Length;
        }

        return keys;
    }

    private static KeyPress Named(string token) => token switch
    {
        "Up" => KeyPress.Of(Key.Up),
        "Down" => KeyPress.Of(Key.Down),
        "Left" => KeyPress.Of(Key.Left),
        "Right" => KeyPress.Of(Key.Right),
        "Home" => KeyPress.Of(Key.Home),
        "End" => KeyPress.Of(Key.End),
        "PgUp" => KeyPress.Of(Key.PageUp),
        "PgDn" => KeyPress.Of(Key.PageDown),
        "Enter" => KeyPress.Of(Key.Enter),
        "Esc" => KeyPress.Of(Key.Escape),
        "Tab" => KeyPress.Of(Key.Tab),
        "S-Tab" => KeyPress.Of(Key.Tab, KeyModifiers.Shift),
        "BS" => KeyPress.Of(Key.Backspace),
        "M-BS" => KeyPress.Of(Key.Backspace, KeyModifiers.Alt),
        "Del" => KeyPress.Of(Key.Delete),
        "F1" => KeyPress.Of(Key.F1),
        "C-Left" => KeyPress.Of(Key.Left, KeyModifiers.Control),
        "C-Right" => KeyPress.Of(Key.Right, KeyModifiers.Control),
        _ when token.StartsWith("C-", StringComparison.Ordinal) && token.Length == 3 => KeyPress.Ctrl(token[2]),
        _ when token.StartsWith("M-", StringComparison.Ordinal) && token.Length == 3 => KeyPress.Alt(token[2]),
        _ when token.Length == 1 => KeyPress.Character(token[0]),
        _ => throw new ArgumentException($"Unknown key '{token}' in a test script."),
    };
}
