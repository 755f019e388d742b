using System.Diagnostics;

namespace CoMarketing.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Runs the built <c>comarketing</c> executable (<c>dotnet comarketing.dll</c>, copied next to this test assembly
/// because the project references the CLI, or an installed one: see <see cref="Launcher"/>) in a throw-away home: <c>HOME</c> and <c>XDG_DATA_HOME</c> point into a
/// fresh temp folder, so nothing touches the real home. Dispose to delete the folder.
/// </summary>
public sealed class ComarketingProcess : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly Dictionary<string, string?> _environment;

    public ComarketingProcess(IReadOnlyDictionary<string, string?>? environment = null)
    {
        Home = Directory.CreateTempSubdirectory("comarketing-e2e-").FullName;
        _environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["HOME"] = Home,
            ["XDG_DATA_HOME"] = Path.Combine(Home, ".local", "share"),
            ["COMARKETING_DB"] = null,
            ["NO_COLOR"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            _environment[name] = value;
        }
    }

    /// <summary>The temporary home folder of this process's runs.</summary>
    public string Home { get; }

    /// <summary>Where the executable keeps its database when neither --db nor COMARKETING_DB is given.</summary>
    public string DefaultDatabase => Path.Combine(Home, ".local", "share", "comarketing", "comarketing.db");

    /// <summary>A path inside the temporary home (the file need not exist).</summary>
    public string PathOf(string name) => Path.Combine(Home, name);

    /// <summary>The folder holding <c>comarketing.dll</c> and its <c>data/</c>.</summary>
    public static string ExecutableFolder => AppContext.BaseDirectory;

    /// <summary>
    /// The folder of the <c>comarketing</c> the stories run: the installed planner when <c>COMARKETING_INSTALLED</c>
    /// names the folder of README's install command (<c>.ci/run</c> installs it so) or of the Native AOT build, else
    /// the build next to the tests.
    /// </summary>
    public static string PlannerFolder =>
        Environment.GetEnvironmentVariable("COMARKETING_INSTALLED") is { Length: > 0 } installed
            ? File.Exists(Path.Combine(installed, "comarketing.dll")) || File.Exists(Path.Combine(installed, "comarketing"))
                ? installed
                : throw new FileNotFoundException($"COMARKETING_INSTALLED is {installed}, which holds no comarketing.dll nor a native comarketing.")
            : ExecutableFolder;

    /// <summary>
    /// The command that starts <c>comarketing</c>: <c>dotnet comarketing.dll</c>, or the executable itself where the
    /// folder holds a Native AOT build (one native <c>comarketing</c>, no <c>.dll</c>).
    /// </summary>
    public static IReadOnlyList<string> Launcher()
    {
        var folder = PlannerFolder;
        var dll = Path.Combine(folder, "comarketing.dll");
        var native = Path.Combine(folder, "comarketing");
        return File.Exists(dll) ? [DotnetHost(), dll]
            : File.Exists(native) ? [native]
            : throw new FileNotFoundException("The comarketing executable was not built next to the tests.", dll);
    }

    /// <summary>Runs <c>comarketing</c> with <paramref name="args"/> and waits for it (60 s at most).</summary>
    public ProcessResult Run(params string[] args) => RunWith(null, args);

    /// <summary>Runs <c>comarketing</c> with extra environment variables (a <c>null</c> value removes one).</summary>
    public ProcessResult RunWith(IReadOnlyDictionary<string, string?>? environment, params string[] args) => Execute(environment, null, args);

    /// <summary>Runs <c>comarketing</c> with <paramref name="input"/> on its standard input (e.g. a PIN for <c>pin set</c>).</summary>
    public ProcessResult RunWithInput(string input, params string[] args) => Execute(null, input, args);

    private ProcessResult Execute(IReadOnlyDictionary<string, string?>? environment, string? input, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var launcher = Launcher();
        var start = new ProcessStartInfo(launcher[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Home,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in launcher.Skip(1).Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in _environment.Concat(environment ?? new Dictionary<string, string?>()))
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {launcher[0]}.");
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"comarketing {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s.");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Writes a file into the temporary home and returns its full path.</summary>
    public string WriteFile(string name, string contents)
    {
        var path = Path.Combine(Home, name);
        File.WriteAllText(path, contents);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }
}
