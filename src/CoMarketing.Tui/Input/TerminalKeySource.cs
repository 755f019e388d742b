using CoMarketing.Tui.Host;

namespace CoMarketing.Tui.Input;

/// <summary>Reads keys from standard input in raw mode: waits with <c>poll</c>, reads what is there, decodes it.</summary>
/// <remarks>
/// A terminal sends a whole escape sequence in one write, so a lone Esc byte with nothing behind it is the Escape key.
/// To be safe over slow links it waits <see cref="EscapeWindow"/> for a continuation before deciding; that is far below
/// what a person notices, unlike the 1-second Esc delay of curses defaults.
/// </remarks>
public sealed unsafe class TerminalKeySource : IKeySource
{
    /// <summary>How long a started escape sequence may take to complete.</summary>
    public static readonly TimeSpan EscapeWindow = TimeSpan.FromMilliseconds(15);

    private readonly KeyDecoder _decoder = new();
    private readonly Queue<KeyPress> _keys = new();
    private readonly byte[] _buffer = new byte[512];
    private bool _ended;

    public KeyRead Read(TimeSpan timeout)
    {
        if (_keys.Count == 0 && !_ended && WaitReadable(timeout))
        {
            ReadAvailable();
            while (_decoder.HasPending && !_ended)
            {
                if (WaitReadable(EscapeWindow))
                {
                    ReadAvailable();
                }
                else
                {
                    Enqueue(_decoder.Flush());
                }
            }
        }

        if (_keys.TryDequeue(out var key))
        {
            return KeyRead.Of(key);
        }

        return _ended ? KeyRead.End : KeyRead.Timeout;
    }

    private void ReadAvailable()
    {
        nint count;
        fixed (byte* buffer = _buffer)
        {
            count = LibC.Read(LibC.StdinFileNumber, buffer, (nuint)_buffer.Length);
        }

        if (count <= 0)
        {
            _ended = count == 0;
            Enqueue(_decoder.Flush());
            return;
        }

        Enqueue(_decoder.Feed(_buffer.AsSpan(0, (int)count)));
    }

    private void Enqueue(IReadOnlyList<KeyPress> keys)
    {
        foreach (var key in keys)
        {
            _keys.Enqueue(key);
        }
    }

    private static bool WaitReadable(TimeSpan timeout)
    {
        var milliseconds = (int)Math.Clamp(Math.Ceiling(timeout.TotalMilliseconds), 0, int.MaxValue);
        var descriptor = new LibC.PollDescriptor { FileDescriptor = LibC.StdinFileNumber, Events = LibC.PollIn };
        // Interrupted by a signal (a resize) counts as "nothing yet": the host looks at the size and waits again.
        return LibC.Poll(&descriptor, 1, milliseconds) > 0;
    }
}
