using CoMarketing.Tui.Input;
using CoMarketing.Tui.Screens;

namespace CoMarketing.Tui.Host;

/// <summary>Runs screens on the real terminal (what <c>comarketing</c> without a subcommand does).</summary>
public static class TerminalApp
{
    /// <summary>Runs <paramref name="first"/> full-screen until quit. Raw POSIX input where there is one (also a pipe),
    /// .NET's console reader on Windows.</summary>
    public static void Run(IScreen first, HostOptions options, TimeProvider time)
    {
        using var terminal = new AnsiTerminal();
        IKeySource keys = OperatingSystem.IsWindows() ? new ConsoleKeySource() : new TerminalKeySource();
        new TuiHost(first, terminal, keys, time, options).Run();
    }
}
