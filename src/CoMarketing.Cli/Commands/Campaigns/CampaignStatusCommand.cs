using System.CommandLine;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Campaigns;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary><c>comarketing campaign status ID-OR-NAME draft|planned|running|finished</c>: moves a campaign on (audited).</summary>
public static class CampaignStatusCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var campaign = new Argument<string>("campaign") { Description = "The campaign's id or name" };
        var status = new Argument<string>("status") { Description = "draft, planned, running or finished" };
        status.AcceptOnlyFromAmong([.. Enum.GetValues<CampaignStatus>().Select(CampaignFigures.Name)]);
        var command = new Command("status", "Set a campaign's status: draft, planned, running or finished");
        command.Arguments.Add(campaign);
        command.Arguments.Add(status);
        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            var current = CampaignView.Find(store, parseResult.GetValue(campaign)!);
            var next = Enum.Parse<CampaignStatus>(parseResult.GetValue(status)!, ignoreCase: true);
            if (current.Status == next)
            {
                environment.Out.WriteLine($"Campaign {current.Id} '{current.Name}' is already {CampaignFigures.Name(next)}; nothing changed.");
                return ExitCodes.Success;
            }

            store.Campaigns.Update(
                new Campaign(current.Id, current.Name, current.Goal, current.Start, current.End, next, current.Participants, current.CostItems, current.Plan, current.Results) { Contingency = current.Contingency },
                Actor.CommandLine);
            environment.Out.WriteLine($"Campaign {current.Id} '{current.Name}' is now {CampaignFigures.Name(next)} (was {CampaignFigures.Name(current.Status)}).");
            return ExitCodes.Success;
        }));
        return command;
    }
}
