using System.CommandLine;
using CoMarketing.Cli.Commands.Campaigns;
using CoMarketing.Core.Budget;
using CoMarketing.Reports.Exports;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// <c>comarketing campaign list|show ID|budget [--json]</c>: the campaigns, one campaign with its split, reach,
/// settlement, metrics, results and publication plan, and the association's budget plan against spending;
/// <c>campaign import FILE.json</c>, <c>campaign status ID STATUS</c> and <c>campaign budget --set FILE.csv</c> change them.
/// </summary>
public static class CampaignCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var command = new Command("campaign", "Campaigns: list, show one, import one, set its status, the budget plan");
        command.Subcommands.Add(List(globals, environment));
        command.Subcommands.Add(Show(globals, environment));
        command.Subcommands.Add(CampaignImportCommand.Create(globals, environment));
        command.Subcommands.Add(CampaignStatusCommand.Create(globals, environment));
        command.Subcommands.Add(Budget(globals, environment));
        return command;
    }

    private static Command List(GlobalOptions globals, CliEnvironment environment)
    {
        var json = JsonOption();
        var command = new Command("list", "List the campaigns by start date");
        command.Options.Add(json);
        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            var campaigns = store.Campaigns.GetAll();
            if (parseResult.GetValue(json))
            {
                environment.Out.WriteLine(CampaignJson.List(campaigns));
            }
            else
            {
                CampaignTextWriter.List(environment.Out, campaigns, environment.Culture);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Show(GlobalOptions globals, CliEnvironment environment)
    {
        var json = JsonOption();
        var campaign = new Argument<string>("campaign") { Description = "The campaign's id or name" };
        var member = new Option<string?>("--member") { Description = "Only this participant's tasks and dates (name or id)" };
        var command = new Command("show", "Everything about one campaign: costs split, reach, settlement, metrics, results, plan, plan for surprises");
        command.Arguments.Add(campaign);
        command.Options.Add(json);
        command.Options.Add(member);
        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            var view = CampaignView.Load(store, parseResult.GetValue(campaign)!);
            var warnings = Core.Campaigns.CampaignPairWarnings.For(
                view.Campaign, store.Businesses.GetAll(includeArchived: true), store.PairPreferences.GetAll(), store.Association.Get().SmallTownMode);
            foreach (var warning in warnings)
            {
                environment.Error.WriteLine($"warning: {warning}.");
            }

            if (parseResult.GetValue(member) is { } name)
            {
                if (MatchingSupport.Resolve(store, name, environment) is not { } business)
                {
                    return ExitCodes.InvalidInput;
                }

                if (!view.Campaign.Participants.Contains(business.Id))
                {
                    environment.Error.WriteLine($"{business.Name} does not take part in {view.Campaign.Name}; its participants are {string.Join(", ", view.Summary.Participants.Select(p => p.Name))}.");
                    return ExitCodes.InvalidInput;
                }

                if (parseResult.GetValue(json))
                {
                    environment.Out.WriteLine(CampaignJson.Member(view, business.Id));
                }
                else
                {
                    CampaignTextWriter.Member(environment.Out, view, business.Id);
                }

                return ExitCodes.Success;
            }

            if (parseResult.GetValue(json))
            {
                environment.Out.WriteLine(CampaignJson.Show(view, Export.SummaryExport.TermsOf(view.Settings, environment.Clock)));
            }
            else
            {
                var labels = SummaryLabels.For(Languages.Resolve(parseResult.GetValue(globals.Language), view.Settings.Language));
                var text = new StringWriter(labels.Culture);
                CampaignTextWriter.Show(text, view, labels);
                environment.Out.Write(text.ToString());
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Budget(GlobalOptions globals, CliEnvironment environment)
    {
        var json = JsonOption();
        var set = new Option<string?>("--set") { Description = "Replace the plan with the month;amount rows of this CSV file first" };
        var command = new Command("budget", "The association's budget plan per month against the money spent");
        command.Options.Add(json);
        command.Options.Add(set);
        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            if (parseResult.GetValue(set) is { } file)
            {
                BudgetPlanFile.Save(store, file, environment);
            }

            var plan = store.Budget.Get();
            var report = plan is null ? null : BudgetReport.Of(plan, store.Campaigns.GetAll());
            if (parseResult.GetValue(json))
            {
                environment.Out.WriteLine(CampaignJson.Budget(report));
            }
            else
            {
                CampaignTextWriter.Budget(environment.Out, report, environment.Culture);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Option<bool> JsonOption() => new("--json") { Description = "Print one JSON document (camelCase)" };
}
