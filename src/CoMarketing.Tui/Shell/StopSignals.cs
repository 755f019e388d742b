using System.Runtime.InteropServices;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// SIGTERM and SIGHUP (a <c>kill</c>, a closed terminal) ask the planner to stop cleanly, so Terminal.Gui restores the
/// terminal (alternate screen off, cursor shown, cooked mode) instead of the runtime ending the process at once.
/// </summary>
/// <remarks>
/// A closed terminal (a killed tmux session, a closed window, a dropped SSH link) can leave nothing to restore and the
/// input loop reading a dead terminal: a clean stop then never finished and the planner kept running, orphaned, at a
/// tenth of a core each. So a stop signal also arms <see cref="Grace"/>: a planner still running after it ends the
/// process (exit 128 + the signal's number, as a shell reports it). The database needs no clean stop: every change is
/// one committed transaction.
/// </remarks>
public sealed class StopSignals : IDisposable
{
    /// <summary>How long a clean stop may take before the process ends anyway.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    // Static on purpose: the clean stop disposes this object before the part that can hang (the terminal's
    // restore), and the deadline must outlive it and must not be collected with it.
    private static Timer? _deadline;

    private readonly List<PosixSignalRegistration> _registrations = [];

    private StopSignals(Action stop)
    {
        foreach (var signal in Signals())
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    context.Cancel = true; // the planner stops itself
                    var code = context.Signal == PosixSignal.SIGHUP ? 128 + 1 : 128 + 15;
                    _deadline ??= new Timer(_ => Environment.Exit(code), null, Grace, Timeout.InfiniteTimeSpan);
                    stop();
                }));
            }
            catch (PlatformNotSupportedException)
            {
                // Not every platform has every signal; the planner still runs.
            }
        }
    }

    /// <summary>Calls <paramref name="stop"/> (on the signal's thread) when a stop signal arrives.</summary>
    public static StopSignals Register(Action stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        return new StopSignals(stop);
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _registrations.Clear();
    }

    private static PosixSignal[] Signals() =>
        OperatingSystem.IsWindows() ? [PosixSignal.SIGTERM] : [PosixSignal.SIGTERM, PosixSignal.SIGHUP];
}
