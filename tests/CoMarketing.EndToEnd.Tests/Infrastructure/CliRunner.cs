using System.Diagnostics;

namespace CoMarketing.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Runs the built <c>comarketing.dll</c> (copied next to the test assembly) in a fresh temporary home, so the
/// default database path points inside it. Deletes the home afterwards.
/// </summary>
public sealed class CliRunner : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public CliRunner()
    {
        Home = Path.Combine(Path.GetTempPath(), "comarketing-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Home);
    }

    /// <summary>The temporary HOME; XDG_DATA_HOME is <c>HOME/.local/share</c>.</summary>
    public string Home { get; }

    /// <summary>Where the executable keeps its database when neither --db nor COMARKETING_DB is given.</summary>
    public string DefaultDatabase => Path.Combine(Home, ".local", "share", "comarketing", "comarketing.db");

    public string File(string name) => Path.Combine(Home, name);

    public async Task<CliResult> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Home,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "comarketing.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = Home;
        start.Environment["XDG_DATA_HOME"] = Path.Combine(Home, ".local", "share");
        start.Environment.Remove("COMARKETING_DB");
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        using var cancel = new CancellationTokenSource(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var stderr = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"comarketing {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }
}
