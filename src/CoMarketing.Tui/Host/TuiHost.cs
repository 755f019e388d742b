using CoMarketing.Tui.Input;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Screens;

namespace CoMarketing.Tui.Host;

/// <summary>
/// Runs screens in a terminal: reads keys, gives them to the current screen (or uses them itself: ? help, Esc back,
/// Ctrl+C quit), renders the whole frame off-screen and writes it in one go. Redraws fully after a resize, sleeps while
/// idle, runs the idle hook, and always restores the terminal. An unexpected error in a screen is logged to
/// <see cref="HostOptions.ErrorLogPath"/> and shown as a message; the planner keeps running.
/// </summary>
public sealed class TuiHost
{
    private readonly ITerminal _terminal;
    private readonly IKeySource _keys;
    private readonly HostOptions _options;
    private readonly FrameComposer _composer;
    private readonly FrameWriter _writer = new();
    private readonly ErrorLog _errors;
    private readonly IdleTimer? _idle;

    public TuiHost(IScreen first, ITerminal terminal, IKeySource keys, TimeProvider time, HostOptions options)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(terminal);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        _terminal = terminal;
        _keys = keys;
        _options = options;
        _composer = new FrameComposer(new OffscreenRenderer(options.Render), options.Texts, time);
        _errors = new ErrorLog(options.ErrorLogPath, time);
        _idle = options.IdleTimeout is { } timeout ? new IdleTimer(time, timeout) : null;
        Navigator = new Navigator(first);
    }

    public Navigator Navigator { get; }

    public bool HelpVisible { get; private set; }

    /// <summary>How many frames were written (each key or resize writes one).</summary>
    public int FramesDrawn { get; private set; }

    /// <summary>Runs until a screen quits, Ctrl+C, or the end of input; the terminal is restored whatever happens.</summary>
    public void Run()
    {
        _terminal.EnterFullScreen();
        try
        {
            var size = _terminal.Size;
            Draw(size);
            while (!Navigator.IsQuitting)
            {
                var read = _keys.Read(NextWait());
                if (read.Ended)
                {
                    break;
                }

                var changed = false;
                if (read.Key is { } key)
                {
                    _idle?.Touch();
                    Process(key, size);
                    changed = true;
                }
                else if (_idle is { IsDue: true })
                {
                    _idle.MarkFired();
                    RunIdleHook();
                    changed = true;
                }

                var current = _terminal.Size;
                if (current != size)
                {
                    size = current;
                    _writer.Invalidate();
                    changed = true;
                }

                if (changed && !Navigator.IsQuitting)
                {
                    Draw(size);
                }
            }
        }
        finally
        {
            _terminal.LeaveFullScreen();
        }
    }

    /// <summary>Applies one key as the loop would, for a terminal of <paramref name="size"/>.</summary>
    public void Process(KeyPress key, TerminalSize size)
    {
        Navigator.ClearMessage();
        if (_options.CtrlCQuits && key.IsCtrl('c'))
        {
            Navigator.Run(ScreenCommand.Quit());
            return;
        }

        if (HelpVisible)
        {
            HelpVisible = false;
            return;
        }

        if (key.Is(Key.F1))
        {
            HelpVisible = true;
            return;
        }

        var context = _composer.BodyContext(size);
        var depth = Navigator.Depth;
        var screen = Navigator.Current;
        try
        {
            var result = screen.Handle(key, context);
            Navigator.Apply(result);
            if (!result.Handled)
            {
                HandleGlobal(key, depth);
            }
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            ReportError(error);
        }
    }

    /// <summary>Runs the idle hook now (the loop calls it after <see cref="HostOptions.IdleTimeout"/> without keys).</summary>
    public void RunIdleHook()
    {
        HelpVisible = false;
        try
        {
            foreach (var command in _options.OnIdle?.Invoke(Navigator) ?? [])
            {
                Navigator.Run(command);
            }
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            ReportError(error);
        }
    }

    /// <summary>The frame for the current state at <paramref name="size"/>; a screen that fails to render is closed
    /// (or, if it is the last one, replaced by the error message) instead of taking the planner down.</summary>
    public Frame Compose(TerminalSize size)
    {
        try
        {
            return _composer.Compose(Navigator, size, HelpVisible);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            ReportError(error);
            if (Navigator.Depth > 1)
            {
                Navigator.Run(ScreenCommand.Pop());
                Navigator.Run(ScreenCommand.Message(UnexpectedErrorText(), MessageKind.Error));
                return Compose(size);
            }

            var failed = new MessageScreen(_options.Texts.MessageError, UnexpectedErrorText(), MessageKind.Error);
            Navigator.Run(ScreenCommand.ResetTo(failed));
            return _composer.Compose(Navigator, size, helpVisible: false);
        }
    }

    /// <summary>Renders the first screen once to <paramref name="output"/> (no alternate screen, no input): <c>--once</c>.</summary>
    public static void RenderOnce(IScreen first, TextWriter output, TerminalSize size, HostOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(output);
        var host = new TuiHost(first, new NullTerminal(size), new ScriptedKeySource([]), time, options);
        foreach (var line in host.Compose(size).Lines)
        {
            output.WriteLine(options.Render.Ansi ? line : line.TrimEnd());
        }
    }

    private void HandleGlobal(KeyPress key, int depthBefore)
    {
        if (key.Is('?'))
        {
            HelpVisible = true;
        }
        else if (key.Is(Key.Escape) && depthBefore > 1 && Navigator.Depth == depthBefore)
        {
            Navigator.Run(ScreenCommand.Pop());
        }
    }

    private TimeSpan NextWait()
    {
        var wait = _options.ResizePollInterval;
        return _idle is { } idle && idle.Remaining >= TimeSpan.Zero && idle.Remaining < wait ? idle.Remaining : wait;
    }

    private void Draw(TerminalSize size)
    {
        _terminal.Write(_writer.Write(Compose(size)));
        FramesDrawn++;
    }

    private void ReportError(Exception error)
    {
        _errors.Write(error);
        Navigator.Run(ScreenCommand.Message(UnexpectedErrorText(), MessageKind.Error));
    }

    private string UnexpectedErrorText() => _options.Texts.Format(nameof(Resources.TuiTexts.UnexpectedError), _errors.Path);
}
