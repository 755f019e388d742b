using System.CommandLine;
using CoMarketing.Core.Campaigns;

namespace CoMarketing.Cli.Commands;

/// <summary>The root command's own action: <c>comarketing [--db PATH] [--lang fi|en] [--kiosk]</c>.</summary>
/// <remarks>Until the full-screen planner lands, it prints the association overview and exits.</remarks>
public static class PlannerCommand
{
    public static void Configure(RootCommand root, GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var kiosk = new Option<bool>("--kiosk") { Description = "Kiosk mode: members sign in with their PIN" };
        root.Options.Add(kiosk);
        root.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            var association = store.Association.Get();
            var members = store.Businesses.Count();
            var archived = store.Businesses.Count(includeArchived: true) - members;
            var campaigns = store.Campaigns.GetAll();
            var byStatus = Enum.GetValues<CampaignStatus>()
                .Select(s => $"{campaigns.Count(c => c.Status == s)} {s.ToString().ToLowerInvariant()}");
            environment.Out.WriteLine(association.Name);
            environment.Out.WriteLine($"Members: {members}" + (archived > 0 ? $" ({archived} archived)" : string.Empty));
            environment.Out.WriteLine($"Campaigns: {campaigns.Count} ({string.Join(", ", byStatus)})");
            environment.Out.WriteLine($"Database: {store.Path}");
            return ExitCodes.Success;
        }));
    }
}
