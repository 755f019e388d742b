using System.CommandLine;
using System.Runtime.CompilerServices;
using CoMarketing.Cli.Commands;
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
        var root = new RootCommand("CoMarketing: joint marketing planner for a business association.");
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

        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error };
        return parseResult.Invoke(configuration);
    }

    /// <summary>
    /// The plain planner line without System.CommandLine (see <see cref="PlannerArguments"/>); an unexpected failure
    /// is reported as System.CommandLine's default handler does: "Unhandled exception: " and the exception, exit 1.
    /// </summary>
    private static int RunPlanner(CliEnvironment environment, PlannerArguments planner)
    {
        try
        {
            return PlannerCommand.Run(environment, planner);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            environment.Error.Write("Unhandled exception: ");
            environment.Error.WriteLine(ex.ToString());
            return ExitCodes.InvalidInput;
        }
    }

    /// <summary>
    /// Runs a command body: a <see cref="DomainException"/> becomes one line on stderr and exit code 1.
    /// </summary>
    public static int Guard(CliEnvironment environment, Func<int> body)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return body();
        }
        catch (DomainException ex)
        {
            environment.Error.WriteLine(ex.Message);
            return ExitCodes.InvalidInput;
        }
    }
}
