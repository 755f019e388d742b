using System.CommandLine;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Campaigns;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary>
/// <c>comarketing campaign status ID-OR-NAME draft|planned|running|finished|cancelled [--reason TEXT]</c>: moves a
/// campaign on (audited) by the rules of <see cref="CampaignLifecycle"/>; reopening a finished or cancelled campaign
/// needs <c>--reason</c>, which goes into the audit log.
/// </summary>
public static class CampaignStatusCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var campaign = new Argument<string>("campaign") { Description = "The campaign's id or name" };
        var status = new Argument<string>("status") { Description = "draft, planned, running, finished or cancelled" };
        status.AcceptOnlyFromAmong([.. Enum.GetValues<CampaignStatus>().Select(CampaignFigures.Name)]);
        var reason = new Option<string?>("--reason") { Description = "Why; required to reopen a finished or cancelled campaign (audited)" };
        var command = new Command("status", "Set a campaign's status: draft, planned, running, finished or cancelled");
        command.Arguments.Add(campaign);
        command.Arguments.Add(status);
        command.Options.Add(reason);
        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            var current = CampaignView.Find(store, parseResult.GetValue(campaign)!);
            var next = Enum.Parse<CampaignStatus>(parseResult.GetValue(status)!, ignoreCase: true);
            var why = parseResult.GetValue(reason);
            if (current.Status == next)
            {
                environment.Out.WriteLine($"Campaign {current.Id} '{current.Name}' is already {CampaignFigures.Name(next)}; nothing changed.");
                return ExitCodes.Success;
            }

            var moved = CampaignLifecycle.Move(current, next, ActorKind.System, why);
            store.Campaigns.Update(moved, Actor.CommandLine, CampaignLifecycle.IsReopening(current.Status, next) ? $"reopened: {why!.Trim()}" : why);
            environment.Out.WriteLine($"Campaign {current.Id} '{current.Name}' is now {CampaignFigures.Name(next)} (was {CampaignFigures.Name(current.Status)}).");
            return ExitCodes.Success;
        }));
        return command;
    }
}
