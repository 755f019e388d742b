using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.CompilerServices;
using CoMarketing.Cli.Commands;
using CoMarketing.Core.Association;
using CoMarketing.Core.Common;

namespace CoMarketing.Cli;

/// <summary>Builds the command tree and runs one command line, mapping failures to DESIGN.md's exit codes.</summary>
public static class CliApplication
{
    public static int Run(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        if (PlannerArguments.TryParse(args, out var planner))
        {
            return RunPlanner(environment, planner);
        }

        return RunCommandLine(args, environment);
    }

    /// <summary>Kept apart so the plain planner start never loads System.CommandLine.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunCommandLine(string[] args, CliEnvironment environment)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand(
            "CoMarketing: joint marketing planner for a business association. Exit codes: 0 success, 1 invalid input "
            + "(nothing written), 2 usage error, 3 unexpected failure (one line; details in error.log next to the database).");
        root.Options.Add(globals.Database);
        root.Options.Add(globals.Language);
        foreach (var command in CommandCatalog.Create(globals, environment))
        {
            root.Subcommands.Add(command);
        }

        PlannerCommand.Configure(root, globals, environment);

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                environment.Error.WriteLine(error.Message);
            }

            environment.Error.WriteLine("Run 'comarketing --help' for usage.");
            return ExitCodes.Usage;
        }

        // Our own top-level guard instead of System.CommandLine's handler, which prints a stack trace and exits 1.
        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false };
        return UnexpectedFailure.Guard(environment, CommandName(parseResult), parseResult.GetValue(globals.Database), () => parseResult.Invoke(configuration));
    }

    /// <summary>The command's full name, <c>campaign import</c>; <c>planner</c> for the root command.</summary>
    private static string CommandName(ParseResult parseResult)
    {
        var names = new List<string>();
        for (SymbolResult? result = parseResult.CommandResult; result is CommandResult command; result = command.Parent)
        {
            if (command.Command is not RootCommand)
            {
                names.Insert(0, command.Command.Name);
            }
        }

        return names.Count == 0 ? "planner" : string.Join(' ', names);
    }

    /// <summary>
    /// The plain planner line without System.CommandLine (see <see cref="PlannerArguments"/>), under the same
    /// top-level guard as every command: an unexpected failure is one line, error.log and exit code 3.
    /// </summary>
    private static int RunPlanner(CliEnvironment environment, PlannerArguments planner)
        => UnexpectedFailure.Guard(environment, "planner", planner.Database, () => PlannerCommand.Run(environment, planner));

    /// <summary>
    /// Runs a command body: a <see cref="DomainException"/> becomes one line on stderr (in English) and exit code 1.
    /// </summary>
    public static int Guard(CliEnvironment environment, Func<int> body) => Guard(environment, body, () => Language.English);

    /// <summary>
    /// Runs a command body: a <see cref="DomainException"/> becomes one line on stderr in <paramref name="language"/>
    /// (asked only then; English when it cannot be told, as with an unknown <c>--lang</c>) and exit code 1.
    /// </summary>
    public static int Guard(CliEnvironment environment, Func<int> body, Func<Language> language)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(language);
        try
        {
            return body();
        }
        catch (DomainException ex)
        {
            environment.Error.WriteLine(ex.In(Told(language)));
            return ExitCodes.InvalidInput;
        }
    }

    private static Language Told(Func<Language> language)
    {
        try
        {
            return language();
        }
        catch (DomainException)
        {
            return Language.English;
        }
    }
}
