using System.CommandLine;
using CoMarketing.Core.Audit;

namespace CoMarketing.Cli.Commands;

/// <summary><c>comarketing restore FILE</c>: replaces the database with a validated backup.</summary>
public static class RestoreCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var file = new Argument<string>("FILE") { Description = "The backup file to restore from" };
        var command = new Command("restore", "Replace the database with a backup (checked first; the current data is kept beside it)");
        command.Arguments.Add(file);
        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            var source = Path.GetFullPath(parseResult.GetValue(file)!);
            store.Restore(source, Actor.CommandLine);
            environment.Out.WriteLine($"Restored {store.Path} from {source}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
