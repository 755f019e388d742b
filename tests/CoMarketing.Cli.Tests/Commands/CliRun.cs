using System.Globalization;

namespace CoMarketing.Cli.Tests.Commands;

/// <summary>Runs the command line in-process with captured output, culture pinned, HOME in a temp folder.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static CliRun Of(params string[] args) => With(CultureInfo.InvariantCulture, args);

    public static CliRun With(CultureInfo culture, params string[] args)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        var home = Path.Combine(Path.GetTempPath(), "comarketing-cli-tests");
        var variables = new Dictionary<string, string> { ["HOME"] = home, ["XDG_DATA_HOME"] = Path.Combine(home, "data") };
        var environment = new CliEnvironment(output, error, name => variables.GetValueOrDefault(name), TimeProvider.System, culture);
        var code = CliApplication.Run(args, environment);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Writes <paramref name="json"/> to a fresh temp file and returns its path.</summary>
    public static string InputFile(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"comarketing-split-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
