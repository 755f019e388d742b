using System.CommandLine;
using CoMarketing.Cli.Planner;
using CoMarketing.Core.Association;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Host;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// The root command's own action: <c>comarketing [--db PATH] [--lang fi|en] [--kiosk] [--once]</c> opens the
/// full-screen planner at the welcome screen. <c>--kiosk</c> keeps Ctrl+C and "Quit" from closing it; <c>--once</c>
/// renders the first screen a single time to standard output (at the terminal's size, 80×24 when not a terminal).
/// </summary>
public static class PlannerCommand
{
    private static readonly TerminalSize DefaultSize = new(80, 24);

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
                var options = new HostOptions { Texts = texts, Render = RenderSettings.Plain, IdleTimeout = null };
                TuiHost.RenderOnce(shell.Welcome(), environment.Out, TerminalSizeOrDefault(), options, environment.Clock);
                return ExitCodes.Success;
            }

            var host = new HostOptions
            {
                Texts = texts,
                Render = RenderSettings.Detect(environment.GetVariable),
                IdleTimeout = shell.IdleTimeout,
                OnIdle = shell.OnIdle,
                CtrlCQuits = !shell.Kiosk,
            };
            TerminalApp.Run(shell.Welcome(), host, environment.Clock);
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

        var locale = environment.GetVariable("LC_ALL") is { Length: > 0 } all ? all
            : environment.GetVariable("LC_MESSAGES") is { Length: > 0 } messages ? messages
            : environment.GetVariable("LANG");
        return TuiTexts.For(locale);
    }

    private static TerminalSize TerminalSizeOrDefault()
    {
        if (Console.IsOutputRedirected)
        {
            return DefaultSize;
        }

        try
        {
            return Console.WindowWidth > 0 && Console.WindowHeight > 0 ? new TerminalSize(Console.WindowWidth, Console.WindowHeight) : DefaultSize;
        }
        catch (IOException)
        {
            return DefaultSize;
        }
    }
}
