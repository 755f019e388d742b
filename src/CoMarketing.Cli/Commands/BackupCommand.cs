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
        var output = new Option<string?>("--output", "-o") { Description = "Backup file (default: comarketing-YYYYMMDD-HHMMSS.db next to the database file, or here for a PostgreSQL server)" };
        var command = new Command("backup", "Copy the database to a backup file (safe while the planner runs)");
        command.Options.Add(output);
        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            var target = parseResult.GetValue(output);
            if (string.IsNullOrWhiteSpace(target))
            {
                var stamp = environment.Clock.GetLocalNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
                var folder = store is Storage.Store file ? Path.GetDirectoryName(file.Path) : null;
                target = Path.Combine(folder ?? ".", $"comarketing-{stamp}.db");
            }

            var full = Path.GetFullPath(target);
            store.Backup(full);
            environment.Out.WriteLine($"Backed up {store.Path} to {full}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
