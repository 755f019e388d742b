using System.Runtime.InteropServices;
using System.Text;

namespace CoMarketing.Tui.Host;

/// <summary>
/// The real terminal: alternate screen, hidden cursor, no auto-wrap, raw input; frames written as UTF-8 in one write.
/// Leaving restores all of it, and is also hooked to process exit and SIGTERM/SIGHUP/SIGQUIT so a killed planner does
/// not leave the terminal unusable.
/// </summary>
public sealed class AnsiTerminal : ITerminal, IDisposable
{
    private const string Enter = "\u001b[?1049h\u001b[?25l\u001b[?7l\u001b[0m\u001b[2J\u001b[H";
    private const string Leave = "\u001b[0m\u001b[?7h\u001b[?25h\u001b[?1049l";

    private readonly Stream _output = Console.OpenStandardOutput();
    private readonly Lock _gate = new();
    private readonly List<PosixSignalRegistration> _signals = [];
    private RawTerminalMode? _rawMode;
    private bool _active;

    /// <summary>True when standard input is a terminal that raw mode works on.</summary>
    public bool HasRawInput => _rawMode is not null;

    public TerminalSize Size
    {
        get
        {
            try
            {
                var width = Console.WindowWidth;
                var height = Console.WindowHeight;
                return width > 0 && height > 0 ? new TerminalSize(width, height) : TerminalSize.Default;
            }
            catch (IOException)
            {
                return TerminalSize.Default;
            }
        }
    }

    public void EnterFullScreen()
    {
        lock (_gate)
        {
            if (_active)
            {
                return;
            }

            _rawMode = RawTerminalMode.TryEnable();
            AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
            if (!OperatingSystem.IsWindows())
            {
                foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
                {
                    _signals.Add(PosixSignalRegistration.Create(signal, _ => LeaveFullScreen()));
                }
            }

            _active = true;
            WriteRaw(Enter);
        }
    }

    public void LeaveFullScreen()
    {
        lock (_gate)
        {
            if (!_active)
            {
                return;
            }

            _active = false;
            WriteRaw(Leave);
            _rawMode?.Restore();
            _rawMode = null;
            AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
            foreach (var signal in _signals)
            {
                signal.Dispose();
            }

            _signals.Clear();
        }
    }

    public void Write(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_gate)
        {
            WriteRaw(text);
        }
    }

    public void Dispose()
    {
        LeaveFullScreen();
        _output.Dispose();
    }

    private void OnProcessExit(object? sender, EventArgs e) => LeaveFullScreen();

    private void WriteRaw(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            _output.Write(bytes);
            _output.Flush();
        }
        catch (IOException)
        {
            // The terminal went away (hang-up); nothing left to draw on.
        }
    }
}
