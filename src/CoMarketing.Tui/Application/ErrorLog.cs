using System.Globalization;

namespace CoMarketing.Tui.Application;

/// <summary>Appends unexpected errors, with their stack traces, to a file; people see only a short message.</summary>
public sealed class ErrorLog(string path, TimeProvider time)
{
    public string Path { get; } = path;

    /// <summary><c>$XDG_DATA_HOME/comarketing/error.log</c>, else <c>~/.local/share/comarketing/error.log</c>.</summary>
    public static string DefaultPath(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        var dataHome = getVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : System.IO.Path.Combine(getVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return System.IO.Path.Combine(dataHome, "comarketing", "error.log");
    }

    /// <summary>Writes <paramref name="error"/>; never throws (a failing log must not hide the original problem).</summary>
    public void Write(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
            var stamp = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
            File.AppendAllText(Path, $"{stamp} {error}{Environment.NewLine}");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
