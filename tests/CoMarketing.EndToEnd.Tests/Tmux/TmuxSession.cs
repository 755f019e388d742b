using System.Diagnostics;
using System.Globalization;

namespace CoMarketing.EndToEnd.Tests.Tmux;

/// <summary>
/// Runs a command inside a private tmux server (own socket, no user config, no status line) with a fixed window size,
/// so end-to-end tests can type keys into a full-screen program and read its screen with <c>capture-pane</c>.
/// </summary>
public sealed class TmuxSession : IDisposable
{
    private const string Target = "e2e";
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan SettleInterval = TimeSpan.FromMilliseconds(25);
    private const int SettleReads = 8;

    private readonly string _socket = "comarketing-e2e-" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _folder;
    private bool _disposed;

    private TmuxSession(string folder) => _folder = folder;

    /// <summary>The database the program in this session runs on (a file's full path or a PostgreSQL address), when known.</summary>
    public string? Database { get; set; }

    private string ExitStatusFile => Path.Combine(_folder, "exit-status");

    /// <summary>A private temporary folder, used as HOME (and so as the data folder) of the command.</summary>
    public string HomeFolder => Path.Combine(_folder, "home");

    /// <summary>Starts a command in a window of a fixed size.</summary>
    /// <param name="command">The shell command line (run by tmux's default shell).</param>
    /// <param name="width">Columns of the window.</param>
    /// <param name="height">Rows of the window.</param>
    /// <param name="workingDirectory">Where the command starts; <see cref="HomeFolder"/> when not given.</param>
    /// <param name="environment">Extra variables; TERM=xterm-256color, LANG=C.UTF-8 and HOME=<see cref="HomeFolder"/> are set unless given.</param>
    public static TmuxSession Start(string command, int width = 80, int height = 24,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        var session = new TmuxSession(Directory.CreateTempSubdirectory("comarketing-tmux-").FullName);
        Directory.CreateDirectory(session.HomeFolder);
        var config = Path.Combine(session._folder, "tmux.conf");
        File.WriteAllText(config, string.Join('\n',
            "set -g status off",
            "set -g default-terminal xterm-256color",
            "set -g escape-time 0",
            "set -g history-limit 100",
            ""));
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TERM"] = "xterm-256color",
            ["LANG"] = "C.UTF-8",
            ["HOME"] = session.HomeFolder,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }

        var arguments = new List<string> { "-f", config, "new-session", "-d", "-s", Target,
            "-x", width.ToString(CultureInfo.InvariantCulture), "-y", height.ToString(CultureInfo.InvariantCulture),
            "-c", workingDirectory ?? session.HomeFolder };
        foreach (var (name, value) in variables)
        {
            arguments.Add("-e");
            arguments.Add($"{name}={value}");
        }

        // The variables are exported again inside the shell: tmux itself overrides TERM for the pane.
        var exports = string.Concat(variables.Select(pair => $"export {pair.Key}={Quote(pair.Value)}; "));
        // The exit status goes to a file and the shell then stays (sleeping) until the session is killed: tmux 3.3
        // under load sometimes loses the last output or the "pane dead" status of a command that ends at once.
        arguments.Add($"{exports}{command}\necho $? > {Quote(session.ExitStatusFile)}\nexec sleep 86400");
        try
        {
            session.Tmux([.. arguments]);
        }
        catch
        {
            session.Dispose();
            throw;
        }

        return session;
    }

    /// <summary>Sends tmux key names: "Enter", "Escape", "Tab", "BTab", "Up", "Down", "C-c", "F1"...</summary>
    public void SendKeys(params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Tmux(["send-keys", "-t", Target, .. keys]);
    }

    /// <summary>Types <paramref name="text"/> literally (each character as a key press, ä and ö included).</summary>
    public void SendText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Tmux("send-keys", "-t", Target, "-l", text);
    }

    /// <summary>Pastes <paramref name="text"/> as a terminal paste (bracketed when the program asked for it).</summary>
    public void Paste(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Tmux("set-buffer", "-b", "e2e-paste", "--", text);
        Tmux("paste-buffer", "-p", "-d", "-b", "e2e-paste", "-t", Target);
    }

    /// <summary>A tmux format of the pane, e.g. <c>#{alternate_on}</c> or <c>#{cursor_flag}</c>.</summary>
    public string Display(string format) => Tmux("display-message", "-p", "-t", Target, format).Trim();

    /// <summary>Sends <paramref name="signal"/> (e.g. <c>TERM</c>) to the processes the pane's shell started.</summary>
    public void Signal(string signal)
    {
        var shell = Display("#{pane_pid}");
        using var kill = Process.Start(new ProcessStartInfo("pkill", ["-" + signal, "-P", shell]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    /// <summary>The ids of the processes the pane's shell started (the program under test).</summary>
    public IReadOnlyList<int> Programs()
    {
        var shell = Display("#{pane_pid}");
        using var list = Process.Start(new ProcessStartInfo("pgrep", ["-P", shell]) { UseShellExecute = false, RedirectStandardOutput = true })!;
        var output = list.StandardOutput.ReadToEnd();
        list.WaitForExit();
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture))];
    }

    /// <summary>Closes the terminal under the program, as closing its window does: tmux goes, the program gets SIGHUP.</summary>
    public void CloseTerminal() => Tmux("kill-server");

    /// <summary>The visible screen, one line per row, trailing spaces removed.</summary>
    public string Capture() => Tmux("capture-pane", "-p", "-t", Target);

    /// <summary>The scrollback and the visible screen (for output that scrolled off).</summary>
    public string CaptureWithHistory() => Tmux("capture-pane", "-p", "-S", "-", "-t", Target);

    /// <summary>Polls the screen until it contains <paramref name="text"/>; returns that screen or fails with the last one.</summary>
    public string WaitFor(string text, TimeSpan? timeout = null, bool includeHistory = false) =>
        WaitUntil(screen => screen.Contains(text, StringComparison.Ordinal), $"\"{text}\"", timeout, includeHistory);

    /// <summary>Polls the screen until <paramref name="condition"/> holds.</summary>
    public string WaitUntil(Func<string, bool> condition, string description, TimeSpan? timeout = null, bool includeHistory = false)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var watch = Stopwatch.StartNew();
        Func<string> capture = includeHistory ? CaptureWithHistory : Capture;
        var screen = capture();
        while (!condition(screen))
        {
            if (watch.Elapsed > (timeout ?? DefaultTimeout))
            {
                throw new TimeoutException($"Waited {watch.Elapsed.TotalSeconds:0.0} s for {description}; the screen shows:\n{screen}");
            }

            Thread.Sleep(PollInterval);
            screen = capture();
        }

        return Settled(screen, condition, capture);
    }

    /// <summary>
    /// tmux shows a frame as far as it has arrived, so a busy machine can catch one half drawn: once the condition
    /// holds, the screen is read again until two reads agree. A spinner or a countdown never settles; then, as when
    /// the condition stops holding, the last read that held is returned.
    /// </summary>
    private static string Settled(string screen, Func<string, bool> condition, Func<string> capture)
    {
        for (var read = 0; read < SettleReads; read++)
        {
            Thread.Sleep(SettleInterval);
            var again = capture();
            if (string.Equals(again, screen, StringComparison.Ordinal) || !condition(again))
            {
                break;
            }

            screen = again;
        }

        return screen;
    }

    /// <summary>Resizes the window (the program gets SIGWINCH, as when a person drags the terminal).</summary>
    public void Resize(int width, int height) =>
        Tmux("resize-window", "-t", Target, "-x", width.ToString(CultureInfo.InvariantCulture), "-y", height.ToString(CultureInfo.InvariantCulture));

    /// <summary>Waits for the command to end and returns its exit status.</summary>
    public int WaitForExit(TimeSpan? timeout = null)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (File.Exists(ExitStatusFile)
                && int.TryParse(File.ReadAllText(ExitStatusFile).Trim(), CultureInfo.InvariantCulture, out var status))
            {
                return status;
            }

            if (watch.Elapsed > (timeout ?? DefaultTimeout))
            {
                throw new TimeoutException($"The command did not end; the screen shows:\n{Capture()}");
            }

            Thread.Sleep(PollInterval);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            CloseTerminal();
        }
        catch (InvalidOperationException)
        {
            // The server had already gone.
        }

        DeleteWhenReleased(_folder);
    }

    /// <summary>
    /// The planner stops cleanly on the SIGHUP that ending tmux sends, and may still be closing its database in the
    /// folder for a moment after tmux has gone: retry the delete until it has let go (15 s at most).
    /// </summary>
    private static void DeleteWhenReleased(string folder)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }

    private string Tmux(params string[] arguments)
    {
        var start = new ProcessStartInfo("tmux")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-u");
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(_socket);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("tmux could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tmux {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Trim()}");
        }

        return output.Result;
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
