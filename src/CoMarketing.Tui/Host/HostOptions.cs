using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;

namespace CoMarketing.Tui.Host;

/// <summary>How a <see cref="TuiHost"/> behaves. Everything has a sensible default.</summary>
public sealed record HostOptions
{
    public TuiTexts Texts { get; init; } = TuiTexts.English;

    public RenderSettings Render { get; init; } = RenderSettings.Plain;

    /// <summary>After this long without a key, <see cref="OnIdle"/> runs (kiosk: back to welcome). Null: never.</summary>
    public TimeSpan? IdleTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>What to do when idle; gets the open screens (to keep drafts) and returns commands such as ResetTo(welcome).</summary>
    public Func<Navigator, IEnumerable<ScreenCommand>>? OnIdle { get; init; }

    /// <summary>Where unexpected errors are written.</summary>
    public string ErrorLogPath { get; init; } = ErrorLog.DefaultPath(Environment.GetEnvironmentVariable);

    /// <summary>How often the size is checked while waiting for keys (the wait sleeps; it does not spin).</summary>
    public TimeSpan ResizePollInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Ctrl+C quits from any screen (raw mode delivers it as a key, not a signal).</summary>
    public bool CtrlCQuits { get; init; } = true;
}
