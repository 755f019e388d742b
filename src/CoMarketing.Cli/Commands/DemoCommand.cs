using System.CommandLine;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Demo;
using CoMarketing.Storage.Demo;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// <c>comarketing demo [--force]</c>: fills the database with the demo association (45 members, three campaigns
/// dated around today). A database that already has members is refused unless <c>--force</c>, which replaces them.
/// </summary>
public static class DemoCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var force = new Option<bool>("--force") { Description = "Replace every member and campaign already in the database" };
        var command = new Command("demo", "Create the demo association (a Lapland town's entrepreneurs)");
        command.Options.Add(force);
        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            var today = DateOnly.FromDateTime(environment.Clock.GetLocalNow().DateTime);
            var demo = DemoAssociation.Build(today);
            var saved = DemoInstaller.Install(store, demo, parseResult.GetValue(force), Actor.CommandLine, environment.Clock);
            environment.Out.WriteLine(
                $"Created the demo association '{saved.Settings.Name}' in {store.Path}: {saved.Businesses.Count} members, {saved.Campaigns.Count} campaigns.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
