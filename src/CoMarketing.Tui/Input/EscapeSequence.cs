namespace CoMarketing.Tui.Input;

/// <summary>Parses CSI (<c>ESC [</c>) and SS3 (<c>ESC O</c>) sequences of xterm, VT100 and the Linux console.</summary>
internal readonly record struct EscapeSequence(int Consumed, KeyPress? Press)
{
    /// <summary>A sequence still waiting for bytes (or not a sequence at all): <see cref="Consumed"/> is 0.</summary>
    private static EscapeSequence Incomplete => new(0, null);

    /// <summary>Parses <paramref name="s"/>, which starts with <c>ESC [</c> or <c>ESC O</c>.</summary>
    public static EscapeSequence Parse(ReadOnlySpan<byte> s)
    {
        // Linux console function keys: ESC [ [ A .. ESC [ [ E are F1..F5.
        if (s[1] == '[' && s.Length >= 3 && s[2] == '[')
        {
            if (s.Length < 4)
            {
                return Incomplete;
            }

            return s[3] is >= (byte)'A' and <= (byte)'E'
                ? new EscapeSequence(4, KeyPress.Of(Key.F1 + (s[3] - 'A')))
                : new EscapeSequence(4, null);
        }

        var i = 2;
        while (i < s.Length && s[i] is >= 0x20 and <= 0x3F)
        {
            i++;
        }

        if (i >= s.Length || s[i] is < 0x40 or > 0x7E)
        {
            return Incomplete;
        }

        var parameters = System.Text.Encoding.ASCII.GetString(s[2..i]);
        return new EscapeSequence(i + 1, Map(parameters, (char)s[i]));
    }

    private static KeyPress? Map(string parameters, char final)
    {
        if (parameters.Length > 0 && !char.IsAsciiDigit(parameters[0]) && parameters[0] != ';')
        {
            return null; // private sequences (ESC [ ? ...) are replies, not keys
        }

        var parts = parameters.Split(';');
        var number = ParseOr(parts[0], 1);
        var modifiers = parts.Length > 1 ? (KeyModifiers)Math.Max(ParseOr(parts[1], 1) - 1, 0) : KeyModifiers.None;
        modifiers &= KeyModifiers.Shift | KeyModifiers.Alt | KeyModifiers.Control;
        Key? key = final switch
        {
            'A' => Key.Up,
            'B' => Key.Down,
            'C' => Key.Right,
            'D' => Key.Left,
            'H' => Key.Home,
            'F' => Key.End,
            'P' => Key.F1,
            'Q' => Key.F2,
            'R' => Key.F3,
            'S' => Key.F4,
            'Z' => Key.Tab,
            '~' => Tilde(number),
            _ => null,
        };
        if (final == 'Z')
        {
            modifiers |= KeyModifiers.Shift;
        }

        return key is { } k ? KeyPress.Of(k, modifiers) : null;
    }

    private static Key? Tilde(int number) => number switch
    {
        1 or 7 => Key.Home,
        2 => Key.Insert,
        3 => Key.Delete,
        4 or 8 => Key.End,
        5 => Key.PageUp,
        6 => Key.PageDown,
        >= 11 and <= 15 => Key.F1 + (number - 11),
        >= 17 and <= 21 => Key.F6 + (number - 17),
        23 => Key.F11,
        24 => Key.F12,
        _ => null,
    };

    private static int ParseOr(string text, int fallback) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
}
