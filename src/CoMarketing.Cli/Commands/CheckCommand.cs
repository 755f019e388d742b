using System.CommandLine;

namespace CoMarketing.Cli.Commands;

/// <summary><c>comarketing check</c>: exit 0 when the database is sound, else 1 with each problem on stderr.</summary>
public static class CheckCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var command = new Command("check", "Check the database's integrity and the domain's rules");
        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            if (store.ConversionNote() is { } conversion)
            {
                environment.Out.WriteLine(conversion);
            }

            var problems = store.Check();
            foreach (var problem in problems)
            {
                environment.Error.WriteLine(problem);
            }

            if (problems.Count > 0)
            {
                return ExitCodes.InvalidInput;
            }

            environment.Out.WriteLine($"No problems found in {store.Path}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
