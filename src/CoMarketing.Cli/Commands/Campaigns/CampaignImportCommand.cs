using System.CommandLine;
using System.Globalization;
using CoMarketing.Cli.Commands.Json;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary>
/// <c>comarketing campaign import FILE.json [--dry-run] [--replace ID-OR-NAME] [--reason WHY] [--force]</c>: creates a campaign from an
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
        var reason = new Option<string?>("--reason") { Description = "Why: needed for competitors or \"never pair\" partners, and with --force; kept in the audit log" };
        var force = new Option<bool>("--force") { Description = "Allow --replace of a finished campaign and its results (needs --reason)" };
        var command = new Command("import", "Create a campaign (or replace one) from a JSON document");
        command.Arguments.Add(file);
        command.Options.Add(dryRun);
        command.Options.Add(replace);
        command.Options.Add(reason);
        command.Options.Add(force);
        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            var path = parseResult.GetValue(file)!;
            var json = JsonInput.ReadFile(path, "FILE");
            var existing = parseResult.GetValue(replace) is { } target ? CampaignView.Find(store, target) : null;
            var campaign = CampaignDocumentReader.Read(
                json, path, existing?.Id ?? 0, store.Businesses.GetAll(includeArchived: true), store.Association.Get());
            var why = parseResult.GetValue(reason)?.Trim();
            if (why is { Length: > Limits.DescriptionLength })
            {
                throw new DomainException($"--reason: at most {Limits.DescriptionLength} characters, got {why.Length}");
            }

            if (existing is { Status: CampaignStatus.Finished } && (!parseResult.GetValue(force) || string.IsNullOrEmpty(why)))
            {
                throw new DomainException($"Campaign {existing.Id} '{existing.Name}' is finished; replacing it and its results needs --force and --reason \"why\".");
            }

            var warnings = CampaignPairWarnings.For(campaign, store.Businesses.GetAll(includeArchived: true), store.PairPreferences.GetAll(), store.Association.Get().SmallTownMode);
            foreach (var warning in warnings)
            {
                environment.Error.WriteLine($"warning: {warning}.");
            }

            if (warnings.Count > 0 && string.IsNullOrEmpty(why) && !parseResult.GetValue(dryRun))
            {
                throw new DomainException($"Campaign not imported: {warnings.Count} pair(s) above would never be suggested as partners; to go ahead, give --reason \"why they join\" (kept in the audit log).");
            }

            var audit = string.IsNullOrEmpty(why) ? null : warnings.Count == 0 ? why : $"{why} (warned: {string.Join("; ", warnings)})";
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
                var saved = store.Campaigns.Add(campaign, Actor.CommandLine, audit);
                environment.Out.WriteLine($"Created campaign {saved.Id} {what}.");
            }
            else
            {
                store.Campaigns.Update(campaign, Actor.CommandLine, audit);
                environment.Out.WriteLine($"Replaced campaign {existing.Id} with {what}.");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
