using System.Buffers;
using System.Text;

namespace CoMarketing.Tui.Input;

/// <summary>
/// Decodes raw terminal input (VT100/xterm escape sequences, control bytes and UTF-8) into <see cref="KeyPress"/>es.
/// </summary>
/// <remarks>
/// Incremental: bytes that may start a longer sequence (a lone Esc, a partial CSI or UTF-8 character) stay pending
/// until more bytes arrive or <see cref="Flush"/> is called. The reader calls <see cref="Flush"/> when no further byte
/// arrives within a few milliseconds, so a lone Esc is reported at once instead of after a long timeout.
/// </remarks>
public sealed class KeyDecoder
{
    private const byte Esc = 0x1B;
    private readonly List<byte> _pending = [];

    /// <summary>True while some bytes wait for the rest of their sequence.</summary>
    public bool HasPending => _pending.Count > 0;

    /// <summary>Decodes every byte sequence in <paramref name="bytes"/> (and earlier pending bytes) that is complete.</summary>
    public IReadOnlyList<KeyPress> Feed(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            _pending.Add(b);
        }

        return Decode(final: false);
    }

    /// <summary>Decides what the pending bytes mean now that no more are coming: a lone Esc is the Escape key.</summary>
    public IReadOnlyList<KeyPress> Flush() => Decode(final: true);

    /// <summary>Decodes a complete chunk of input.</summary>
    public static IReadOnlyList<KeyPress> DecodeAll(ReadOnlySpan<byte> bytes)
    {
        var decoder = new KeyDecoder();
        var keys = decoder.Feed(bytes).ToList();
        keys.AddRange(decoder.Flush());
        return keys;
    }

    private List<KeyPress> Decode(bool final)
    {
        var keys = new List<KeyPress>();
        var bytes = _pending.ToArray();
        var position = 0;
        while (position < bytes.Length)
        {
            var step = DecodeOne(bytes.AsSpan(position), final);
            if (step.Consumed == 0)
            {
                break;
            }

            if (step.Key is { } key)
            {
                keys.Add(key);
            }

            position += step.Consumed;
        }

        _pending.RemoveRange(0, position);
        return keys;
    }

    private static Step DecodeOne(ReadOnlySpan<byte> s, bool final)
    {
        var first = s[0];
        if (first == Esc)
        {
            return DecodeEscape(s, final);
        }

        if (first < 0x80)
        {
            return new Step(1, DecodeAscii(first));
        }

        var status = Rune.DecodeFromUtf8(s, out var rune, out var consumed);
        return status switch
        {
            OperationStatus.Done => new Step(consumed, KeyPress.Character(rune)),
            OperationStatus.NeedMoreData when !final => Step.Incomplete,
            _ => new Step(Math.Max(consumed, 1), null),
        };
    }

    private static KeyPress DecodeAscii(byte b) => b switch
    {
        0x0D or 0x0A => KeyPress.Of(Key.Enter),
        0x09 => KeyPress.Of(Key.Tab),
        0x7F or 0x08 => KeyPress.Of(Key.Backspace),
        0x00 => new KeyPress(Key.Char, new Rune(' '), KeyModifiers.Control),
        < 0x1B => KeyPress.Ctrl((char)('a' + b - 1)),
        < 0x20 => new KeyPress(Key.Char, new Rune((char)(b + 0x40)), KeyModifiers.Control),
        _ => KeyPress.Character((char)b),
    };

    private static Step DecodeEscape(ReadOnlySpan<byte> s, bool final)
    {
        if (s.Length == 1)
        {
            return final ? new Step(1, KeyPress.Of(Key.Escape)) : Step.Incomplete;
        }

        var second = s[1];
        if (second == '[' || second == 'O')
        {
            var sequence = EscapeSequence.Parse(s);
            if (sequence.Consumed > 0)
            {
                return new Step(sequence.Consumed, sequence.Press);
            }

            if (!final)
            {
                return Step.Incomplete;
            }

            return s.Length == 2
                ? new Step(2, KeyPress.Alt((char)second))
                : new Step(1, KeyPress.Of(Key.Escape));
        }

        if (second == Esc)
        {
            return new Step(1, KeyPress.Of(Key.Escape));
        }

        // Esc followed by a key is how terminals send Alt+key.
        var inner = DecodeOne(s[1..], final);
        if (inner.Consumed == 0)
        {
            return Step.Incomplete;
        }

        var key = inner.Key is { } k ? k with { Modifiers = k.Modifiers | KeyModifiers.Alt } : (KeyPress?)null;
        return new Step(inner.Consumed + 1, key);
    }

    private readonly record struct Step(int Consumed, KeyPress? Key)
    {
        public static Step Incomplete => new(0, null);
    }
}
