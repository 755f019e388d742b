using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Rendering;

/// <summary>
/// Renders a Spectre renderable into lines of text at a given size, off-screen (into a string), so a whole frame can be
/// written to the terminal in one go. Spectre's Live display is not used: in 0.49 it does not shrink after a resize.
/// </summary>
public sealed class OffscreenRenderer
{
    private readonly StringWriter _writer = new(CultureInfo.InvariantCulture);
    private readonly IAnsiConsole _console;

    public OffscreenRenderer(RenderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = settings.Ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = settings.Colors,
            Out = new AnsiConsoleOutput(_writer),
            Interactive = InteractionSupport.No,
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
            EnvironmentVariables = new Dictionary<string, string>(StringComparer.Ordinal),
        });
        _console.Profile.Capabilities.Unicode = settings.Unicode;
    }

    public RenderSettings Settings { get; }

    /// <summary>Exactly <paramref name="height"/> lines: what does not fit is cut off, missing lines are empty.</summary>
    public IReadOnlyList<string> Render(IRenderable renderable, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(renderable);
        var rows = Math.Max(height, 0);
        var lines = RenderAll(renderable, width, rows);
        var result = new string[rows];
        for (var i = 0; i < rows; i++)
        {
            result[i] = i < lines.Count ? lines[i] : "";
        }

        return result;
    }

    /// <summary>Every line the renderable produces at <paramref name="width"/>, with <paramref name="height"/> as the
    /// height that layouts fill.</summary>
    public IReadOnlyList<string> RenderAll(IRenderable renderable, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(renderable);
        _writer.GetStringBuilder().Clear();
        _console.Profile.Width = Math.Max(width, 1);
        _console.Profile.Height = Math.Max(height, 1);
        _console.Write(renderable);
        var text = _writer.ToString().Replace("\r", "", StringComparison.Ordinal);
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }
}
