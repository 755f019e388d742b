using System.CommandLine;
using System.Globalization;

namespace CoMarketing.Cli.Commands;

/// <summary><c>comarketing backup [-o FILE]</c>: an online copy of the database, by default beside it.</summary>
public static class BackupCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var output = new Option<string?>("--output", "-o") { Description = "Backup file (default: comarketing-YYYYMMDD-HHMMSS.db next to the database)" };
        var command = new Command("backup", "Copy the database to a backup file (safe while the planner runs)");
        command.Options.Add(output);
        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            var target = parseResult.GetValue(output);
            if (string.IsNullOrWhiteSpace(target))
            {
                var stamp = environment.Clock.GetLocalNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
                target = Path.Combine(Path.GetDirectoryName(store.Path) ?? ".", $"comarketing-{stamp}.db");
            }

            var full = Path.GetFullPath(target);
            store.Backup(full);
            environment.Out.WriteLine($"Backed up {store.Path} to {full}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
