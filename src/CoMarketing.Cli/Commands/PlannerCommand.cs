using System.CommandLine;

namespace CoMarketing.Cli.Commands;

/// <summary>The root command's own action: <c>comarketing [--db PATH] [--lang fi|en] [--kiosk]</c>.</summary>
public static class PlannerCommand
{
    public static void Configure(RootCommand root, GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var kiosk = new Option<bool>("--kiosk") { Description = "Kiosk mode: members sign in with their PIN" };
        root.Options.Add(kiosk);
        root.SetAction(parseResult => CliApplication.Guard(environment, () =>
        {
            var path = environment.ResolveDatabasePath(parseResult.GetValue(globals.Database));
            environment.Out.WriteLine($"CoMarketing — database: {path}");
            return ExitCodes.Success;
        }));
    }
}
