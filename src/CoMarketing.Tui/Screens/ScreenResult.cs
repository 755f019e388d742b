using System.Collections.Immutable;

namespace CoMarketing.Tui.Screens;

/// <summary>What a screen returns for a key: its next state, whether it used the key, and commands for the host.</summary>
public sealed record ScreenResult(IScreen Screen, bool Handled, ImmutableArray<ScreenCommand> Commands)
{
    /// <summary>The key was used; <paramref name="screen"/> is the new state.</summary>
    public static ScreenResult Stay(IScreen screen) => new(screen, true, []);

    /// <summary>The key means nothing here; the host may use it (? for help, Esc for back, Ctrl+C to quit).</summary>
    public static ScreenResult Unhandled(IScreen screen) => new(screen, false, []);

    /// <summary>The key was used and the host should also run <paramref name="commands"/>, in order.</summary>
    public static ScreenResult With(IScreen screen, params ScreenCommand[] commands) => new(screen, true, [.. commands]);

    public static ScreenResult Push(IScreen screen, IScreen next) => With(screen, ScreenCommand.Push(next));

    public static ScreenResult Pop(IScreen screen) => With(screen, ScreenCommand.Pop());

    public static ScreenResult Message(IScreen screen, string text, MessageKind kind = MessageKind.Info) =>
        With(screen, ScreenCommand.Message(text, kind));
}
