namespace CoMarketing.Tui.Host;

/// <summary>Puts the terminal on standard input into raw mode (no echo, no line buffering, Ctrl+C as a key) and back.</summary>
/// <remarks>
/// Uses <c>cfmakeraw</c> on a copy of the current settings, so the termios layout never has to be known here.
/// Restoring is idempotent and safe to call from a signal handler or a finally block.
/// </remarks>
internal sealed unsafe class RawTerminalMode : IDisposable
{
    private const int SetNow = 0;
    private readonly byte[] _original = new byte[LibC.TermiosBufferSize];
    private readonly Lock _gate = new();
    private bool _active;

    private RawTerminalMode()
    {
    }

    /// <summary>Enters raw mode, or returns null when standard input is not a terminal (or not on a POSIX system).</summary>
    public static RawTerminalMode? TryEnable()
    {
        if (OperatingSystem.IsWindows() || !IsStandardInputTerminal())
        {
            return null;
        }

        var mode = new RawTerminalMode();
        return mode.Enable() ? mode : null;
    }

    public static bool IsStandardInputTerminal()
    {
        try
        {
            return !OperatingSystem.IsWindows() && LibC.IsTerminal(LibC.StdinFileNumber) == 1;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    private bool Enable()
    {
        var raw = new byte[LibC.TermiosBufferSize];
        fixed (byte* original = _original)
        fixed (byte* rawPointer = raw)
        {
            if (LibC.GetAttributes(LibC.StdinFileNumber, original) != 0)
            {
                return false;
            }

            Buffer.MemoryCopy(original, rawPointer, raw.Length, raw.Length);
            LibC.MakeRaw(rawPointer);
            if (LibC.SetAttributes(LibC.StdinFileNumber, SetNow, rawPointer) != 0)
            {
                return false;
            }
        }

        _active = true;
        return true;
    }

    /// <summary>Gives the terminal back its original settings.</summary>
    public void Restore()
    {
        lock (_gate)
        {
            if (!_active)
            {
                return;
            }

            fixed (byte* original = _original)
            {
                _ = LibC.SetAttributes(LibC.StdinFileNumber, SetNow, original);
            }

            _active = false;
        }
    }

    public void Dispose() => Restore();
}
