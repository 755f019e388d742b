using CoMarketing.EndToEnd.Tests.Infrastructure;
using CoMarketing.EndToEnd.Tests.Tmux;

namespace CoMarketing.EndToEnd.Tests.Planner;

/// <summary>Starts the built planner full-screen inside tmux on a database in the session's private home.</summary>
internal static class Planner
{
    /// <summary>Generous: a loaded 2-core machine, a cold .NET start and 600 000-iteration PIN hashes.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static TmuxSession Start(string arguments = "--lang en", int width = 80, int height = 24)
    {
        var dll = Path.Combine(ComarketingProcess.ExecutableFolder, "comarketing.dll");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
        return TmuxSession.Start($"'{host}' '{dll}' --db planner.db {arguments}", width, height);
    }

    public static string Wait(this TmuxSession session, string text) => session.WaitFor(text, Patience);
}
