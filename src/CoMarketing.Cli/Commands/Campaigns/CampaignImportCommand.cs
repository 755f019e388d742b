using System.CommandLine;
using System.Globalization;
using CoMarketing.Cli.Commands.Json;
using CoMarketing.Core.Audit;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary>
/// <c>comarketing campaign import FILE.json [--dry-run] [--replace ID-OR-NAME]</c>: creates a campaign from an
/// authoring document (or an <c>export --format json</c> file), or replaces a campaign's content. Everything is read,
/// resolved and split before anything is written; the write is one transaction with one audit entry.
/// </summary>
public static class CampaignImportCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var file = new Argument<string>("file") { Description = "The campaign document (JSON), see README; an export JSON works too" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the document and report, write nothing" };
        var replace = new Option<string?>("--replace") { Description = "Replace this campaign (id or name) instead of creating one" };
        var command = new Command("import", "Create a campaign (or replace one) from a JSON document");
        command.Arguments.Add(file);
        command.Options.Add(dryRun);
        command.Options.Add(replace);
        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            var path = parseResult.GetValue(file)!;
            var json = JsonInput.ReadFile(path, "FILE");
            var existing = parseResult.GetValue(replace) is { } target ? CampaignView.Find(store, target) : null;
            var campaign = CampaignDocumentReader.Read(
                json, path, existing?.Id ?? 0, store.Businesses.GetAll(includeArchived: true), store.Association.Get());
            var gross = CampaignFigures.Totals(campaign).Gross.Format(environment.Culture);
            var what = string.Create(
                CultureInfo.InvariantCulture,
                $"'{campaign.Name}': {campaign.Participants.Length} participants, {campaign.CostItems.Length} cost items, {gross} gross");
            if (parseResult.GetValue(dryRun))
            {
                environment.Out.WriteLine($"Dry run: would {(existing is null ? "create" : $"replace campaign {existing.Id} with")} {what}; nothing written.");
                return ExitCodes.Success;
            }

            if (existing is null)
            {
                var saved = store.Campaigns.Add(campaign, Actor.CommandLine);
                environment.Out.WriteLine($"Created campaign {saved.Id} {what}.");
            }
            else
            {
                store.Campaigns.Update(campaign, Actor.CommandLine);
                environment.Out.WriteLine($"Replaced campaign {existing.Id} with {what}.");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
