using System.CommandLine;
using System.Text;
using CoMarketing.Cli.Commands.Campaigns;
using CoMarketing.Cli.Commands.Export;
using CoMarketing.Core.Common;
using CoMarketing.Reports.Exports;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// <c>comarketing export CAMPAIGN --format csv|md|html|xlsx|json|pdf [-o FILE] [--force] [--member NAME]</c>: the
/// campaign's cost-split summary, or one member's statement (one amount, one reference, one due date, and why); the
/// summary in the association's language, or <c>--lang</c>. An existing file is replaced only with <c>--force</c>.
/// Text formats go to stdout unless <c>-o</c> is given; XLSX, being binary, goes to <c>-o FILE</c> or else to
/// <c>&lt;campaign name&gt;.xlsx</c> in the current folder. A file is written whole (beside the target, then
/// renamed), and the path written is printed. The JSON export also holds the campaign's authoring document under
/// <c>authoring</c>, so <c>campaign import</c> reads it back.
/// </summary>
public static class ExportCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var campaign = new Argument<string>("campaign") { Description = "The campaign's id or name" };
        var format = new Option<string>("--format", "-f") { Description = "csv, md, html, xlsx, json or pdf", Required = true };
        format.AcceptOnlyFromAmong([.. SummaryExport.Formats]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout" };
        var force = new Option<bool>("--force") { Description = "Replace the output file when it exists" };
        var member = new Option<string?>("--member") { Description = "One member's statement instead of the whole summary (its name or id)" };
        var command = new Command("export", "Export a campaign's cost-split summary");
        command.Arguments.Add(campaign);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(force);
        command.Options.Add(member);
        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            var view = CampaignView.Load(store, parseResult.GetValue(campaign)!);
            var kind = parseResult.GetValue(format)!;
            var language = Languages.Resolve(parseResult.GetValue(globals.Language), view.Settings.Language);
            var terms = SummaryExport.TermsOf(view.Settings, environment.Clock);
            var who = parseResult.GetValue(member);
            var bytes = who is null
                ? SummaryExport.Render(view.Summary, kind, language, terms)
                : SummaryExport.RenderStatement(view.Summary, who, kind, language, terms);
            if (kind == "json" && who is null)
            {
                var authoring = CampaignDocumentWriter.Write(view.Campaign, store.Businesses.GetAll(includeArchived: true));
                bytes = SummaryExport.AddSection(bytes, CampaignDocumentReader.ExportSection, authoring);
            }

            var target = parseResult.GetValue(output);
            if (target is null && SummaryExport.IsBinary(kind))
            {
                target = SummaryExport.DefaultFileName(view.Summary, kind, who is null ? null : StatementSections.Find(view.Summary, who).Name);
            }

            if (target is null)
            {
                environment.Out.Write(Encoding.UTF8.GetString(bytes));
                return ExitCodes.Success;
            }

            var path = Path.GetFullPath(target);
            if (File.Exists(path) && !parseResult.GetValue(force))
            {
                throw new DomainException($"'{path}' already exists; choose another file with -o, or add --force to replace it.");
            }

            WriteWhole(path, bytes);
            environment.Out.WriteLine($"Wrote {path}");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Writes beside the target and renames, so a failure never leaves half a file.</summary>
    internal static void WriteWhole(string path, byte[] bytes)
    {
        var temporary = path + ".partial";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw new DomainException($"Cannot write '{path}': {ex.Message}", ex);
        }
    }
}
