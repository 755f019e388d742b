using System.Runtime.InteropServices;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// SIGTERM and SIGHUP (a <c>kill</c>, a closed terminal) ask the planner to stop cleanly, so Terminal.Gui restores the
/// terminal (alternate screen off, cursor shown, cooked mode) instead of the runtime ending the process at once.
/// </summary>
public sealed class StopSignals : IDisposable
{
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
