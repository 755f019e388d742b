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
            if (store is Storage.Store file && file.ConversionNote() is { } conversion)
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

            // Competitors and "never pair" partners in one campaign are allowed with a reason, so they are warnings.
            var businesses = store.Businesses.GetAll(includeArchived: true);
            var preferences = store.PairPreferences.GetAll();
            var smallTown = store.Association.Get().SmallTownMode;
            var warnings = store.Campaigns.GetAll()
                .SelectMany(c => Core.Campaigns.CampaignPairWarnings.For(c, businesses, preferences, smallTown).Select(w => $"warning: campaign {c.Id} '{c.Name}': {w}."))
                .ToList();
            foreach (var warning in warnings)
            {
                environment.Out.WriteLine(warning);
            }

            environment.Out.WriteLine(warnings.Count == 0
                ? $"No problems found in {store.Path}"
                : $"No problems found in {store.Path}; {warnings.Count} campaign warning(s) above");
            return ExitCodes.Success;
        }));
        return command;
    }
}
