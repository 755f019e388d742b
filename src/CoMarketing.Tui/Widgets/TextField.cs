using System.Text;
using CoMarketing.Tui.Input;

namespace CoMarketing.Tui.Widgets;

/// <summary>
/// A one-line text input: its text and cursor. Immutable; <see cref="TryHandle"/> returns the edited field.
/// </summary>
/// <remarks>
/// Keys: printable characters insert (up to <see cref="MaxLength"/> characters); ←/→ and Ctrl+B/Ctrl+F move;
/// Home/Ctrl+A and End/Ctrl+E jump; Ctrl+←/→ and Alt+B/Alt+F move by word; Backspace, Delete/Ctrl+D delete;
/// Ctrl+K kills to the end, Ctrl+U to the start, Ctrl+W (and Alt+Backspace) the word before the cursor.
/// The cursor is an index in UTF-16 units that never splits a surrogate pair.
/// </remarks>
public sealed record TextField
{
    public const int DefaultMaxLength = 200;

    public TextField(string text = "", int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        MaxLength = maxLength;
        Text = Truncate(text, maxLength);
        Cursor = Text.Length;
    }

    public string Text { get; private init; }

    /// <summary>Where the next character goes: 0 (before the first) to <c>Text.Length</c> (after the last).</summary>
    public int Cursor { get; private init; }

    /// <summary>The most characters (Unicode scalar values) the field accepts.</summary>
    public int MaxLength { get; }

    /// <summary>The text with the cursor put at <paramref name="cursor"/> (clamped to the text, snapped to a character boundary).</summary>
    public TextField MoveTo(int cursor)
    {
        var clamped = Math.Clamp(cursor, 0, Text.Length);
        if (clamped > 0 && clamped < Text.Length && char.IsLowSurrogate(Text[clamped]) && char.IsHighSurrogate(Text[clamped - 1]))
        {
            clamped--;
        }

        return this with { Cursor = clamped };
    }

    /// <summary>The field with new text and the cursor at its end.</summary>
    public TextField WithText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var truncated = Truncate(text, MaxLength);
        return this with { Text = truncated, Cursor = truncated.Length };
    }

    /// <summary>Applies <paramref name="key"/>; false (and this field) when the key is not a text-editing key.</summary>
    public bool TryHandle(KeyPress key, out TextField next)
    {
        next = Apply(key) ?? this;
        return !ReferenceEquals(next, this) || IsEditingKey(key);
    }

    private TextField? Apply(KeyPress key)
    {
        if (key.IsPrintable)
        {
            return Insert(key.Char);
        }

        if (key.Key == Key.Char && key.HasControl && !key.HasAlt)
        {
            return key.Char.Value switch
            {
                'a' => MoveTo(0),
                'e' => MoveTo(Text.Length),
                'b' => this with { Cursor = Previous(Cursor) },
                'f' => this with { Cursor = Next(Cursor) },
                'd' => DeleteRange(Cursor, Next(Cursor)),
                'k' => DeleteRange(Cursor, Text.Length),
                'u' => DeleteRange(0, Cursor),
                'w' => DeleteRange(WordStartBefore(Cursor), Cursor),
                _ => null,
            };
        }

        if (key.Key == Key.Char && key.HasAlt && !key.HasControl)
        {
            return key.Char.Value switch
            {
                'b' => this with { Cursor = WordStartBefore(Cursor) },
                'f' => this with { Cursor = WordEndAfter(Cursor) },
                _ => null,
            };
        }

        var word = key.HasControl;
        return key.Key switch
        {
            Key.Left => this with { Cursor = word ? WordStartBefore(Cursor) : Previous(Cursor) },
            Key.Right => this with { Cursor = word ? WordEndAfter(Cursor) : Next(Cursor) },
            Key.Home => MoveTo(0),
            Key.End => MoveTo(Text.Length),
            Key.Backspace when key.HasAlt || key.HasControl => DeleteRange(WordStartBefore(Cursor), Cursor),
            Key.Backspace => DeleteRange(Previous(Cursor), Cursor),
            Key.Delete => DeleteRange(Cursor, Next(Cursor)),
            _ => null,
        };
    }

    private static bool IsEditingKey(KeyPress key) =>
        key.IsPrintable
        || (key.Key == Key.Char && key.HasControl && "abfdkuew".Contains((char)key.Char.Value, StringComparison.Ordinal))
        || (key.Key == Key.Char && key.HasAlt && key.Char.Value is 'b' or 'f')
        || key.Key is Key.Left or Key.Right or Key.Home or Key.End or Key.Backspace or Key.Delete;

    private TextField Insert(Rune rune)
    {
        if (CountRunes(Text) >= MaxLength)
        {
            return this;
        }

        var inserted = rune.ToString();
        return this with { Text = Text.Insert(Cursor, inserted), Cursor = Cursor + inserted.Length };
    }

    private TextField DeleteRange(int start, int end) =>
        end <= start ? this : this with { Text = Text.Remove(start, end - start), Cursor = start };

    private int Previous(int index) =>
        index <= 0 ? 0 : index >= 2 && char.IsLowSurrogate(Text[index - 1]) && char.IsHighSurrogate(Text[index - 2]) ? index - 2 : index - 1;

    private int Next(int index) =>
        index >= Text.Length ? Text.Length : index + 1 < Text.Length && char.IsHighSurrogate(Text[index]) && char.IsLowSurrogate(Text[index + 1]) ? index + 2 : index + 1;

    private int WordStartBefore(int index)
    {
        var i = index;
        while (i > 0 && !IsWordCharacter(i - 1))
        {
            i = Previous(i);
        }

        while (i > 0 && IsWordCharacter(i - 1))
        {
            i = Previous(i);
        }

        return i;
    }

    private int WordEndAfter(int index)
    {
        var i = index;
        while (i < Text.Length && !IsWordCharacter(i))
        {
            i = Next(i);
        }

        while (i < Text.Length && IsWordCharacter(i))
        {
            i = Next(i);
        }

        return i;
    }

    private bool IsWordCharacter(int index) =>
        char.IsLetterOrDigit(Text[index]) || char.IsSurrogate(Text[index]);

    private static int CountRunes(string text) => text.EnumerateRunes().Count();

    private static string Truncate(string text, int maxLength)
    {
        if (CountRunes(text) <= maxLength)
        {
            return text;
        }

        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes().Take(maxLength))
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}
