using System.CommandLine;
using CoMarketing.Cli.Planner;
using CoMarketing.Core.Association;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Shell;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// The root command's own action: <c>comarketing [--db PATH] [--lang fi|en] [--kiosk] [--once]</c> opens the
/// full-screen planner (Terminal.Gui) at the welcome screen. <c>--kiosk</c> lets nothing but the coordinator's "Close the
/// planner" close it; <c>--once</c> renders the first frame a single time to standard output (at the terminal's size,
/// 80×24 when not a terminal).
/// </summary>
public static class PlannerCommand
{
    private const int DefaultWidth = 80;
    private const int DefaultHeight = 24;

    public static void Configure(RootCommand root, GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var kiosk = new Option<bool>("--kiosk") { Description = "Kiosk mode: members sign in with their PIN; Ctrl+C does not quit" };
        var once = new Option<bool>("--once") { Description = "Render the first screen once to standard output and exit" };
        root.Options.Add(kiosk);
        root.Options.Add(once);
        root.SetAction(parseResult => Run(
            environment,
            new PlannerArguments(parseResult.GetValue(globals.Database), parseResult.GetValue(globals.Language), parseResult.GetValue(kiosk), parseResult.GetValue(once))));
    }

    /// <summary>Opens the planner (or renders its first screen once) as <paramref name="arguments"/> ask.</summary>
    public static int Run(CliEnvironment environment, PlannerArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(arguments);
        return StoreFactory.Run(environment, arguments.Database, store =>
        {
            var backend = new StoreBackend(store, environment.Clock);
            var texts = ChooseTexts(arguments.Language, backend, environment);
            var shell = new PlannerShell(backend, environment.Clock, texts, arguments.Kiosk);
            if (arguments.Once)
            {
                var (width, height) = TerminalSizeOrDefault();
                var frame = PlannerApp.RenderOnce(shell, width, height);
                foreach (var line in frame.Replace("\r", "", StringComparison.Ordinal).TrimEnd('\n').Split('\n'))
                {
                    environment.Out.WriteLine(line.TrimEnd());
                }

                return ExitCodes.Success;
            }

            PlannerApp.Run(shell, environment.GetVariable);
            return ExitCodes.Success;
        });
    }

    /// <summary><c>--lang</c>; else the association's language once it has members; else the locale (<c>LANG</c>).</summary>
    private static TuiTexts ChooseTexts(string? option, StoreBackend backend, CliEnvironment environment)
    {
        switch (option?.Trim().ToLowerInvariant())
        {
            case "fi":
                return TuiTexts.Finnish;
            case "en":
                return TuiTexts.English;
            case null or "":
                break;
            default:
                throw new DomainException($"Unknown language '{option}'; use --lang fi or --lang en.");
        }

        if (!backend.IsEmpty())
        {
            return backend.GetAssociation().Language == Language.Finnish ? TuiTexts.Finnish : TuiTexts.English;
        }

        return Languages.Locale(environment) == Language.Finnish ? TuiTexts.Finnish : TuiTexts.English;
    }

    private static (int Width, int Height) TerminalSizeOrDefault()
    {
        if (Console.IsOutputRedirected)
        {
            return (DefaultWidth, DefaultHeight);
        }

        try
        {
            return Console.WindowWidth > 0 && Console.WindowHeight > 0 ? (Console.WindowWidth, Console.WindowHeight) : (DefaultWidth, DefaultHeight);
        }
        catch (IOException)
        {
            return (DefaultWidth, DefaultHeight);
        }
    }
}
