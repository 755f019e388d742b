using System.CommandLine;
using System.Globalization;
using System.Text;
using CoMarketing.Cli.Commands.Report;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Reports.Results;
using CoMarketing.Reports.Exports;
using CoMarketing.Reports.Exports.Results;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// <c>comarketing report --period week|month|quarter [--from D] [--to D] [--format csv|md|html|xlsx|json|pdf] [-o FILE]
/// [--force]</c>: the periodic results report across running and finished campaigns (see
/// <see cref="ResultsReportBuilder"/>), in the association's language or <c>--lang</c>. Markdown to stdout by default;
/// XLSX and PDF go to <c>-o FILE</c> or else <c>report-PERIOD-FROM-TO.xlsx|pdf</c> in the current folder. A bad date,
/// or <c>--from</c> after <c>--to</c>, is invalid input (exit 1) and writes nothing.
/// </summary>
public static class ReportCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var period = new Option<string>("--period", "-p") { Description = "week (ISO, Monday first), month or quarter", Required = true };
        period.AcceptOnlyFromAmong("week", "month", "quarter");
        var from = new Option<string?>("--from") { Description = "First day, e.g. 1.3.2027 or 2027-03-01 (default: the first day of any campaign)" };
        var to = new Option<string?>("--to") { Description = "Last day (default: the last day of any campaign or result)" };
        var format = new Option<string>("--format", "-f") { Description = "csv, md, html, xlsx, json or pdf (default md)", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong([.. Export.SummaryExport.Formats]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout" };
        var force = new Option<bool>("--force") { Description = "Replace the output file when it exists" };
        var command = new Command("report", "Results per week, month or quarter across campaigns: reach, leads, new customers, acquisition cost, customer value, ROI, funnel");
        command.Options.Add(period);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(parseResult => CliApplication.Guard(environment, () =>
        {
            // Options first, so a bad date never opens (or creates) a database.
            var first = ReportDates.Parse(parseResult.GetValue(from), "--from");
            var last = ReportDates.Parse(parseResult.GetValue(to), "--to");
            if (first is { } f && last is { } t && f > t)
            {
                throw new DomainException($"--from {f.ToString("d.M.yyyy", CultureInfo.InvariantCulture)} is after --to {t.ToString("d.M.yyyy", CultureInfo.InvariantCulture)}; the report needs a start on or before its end.");
            }

            var length = parseResult.GetValue(period) switch { "week" => ResultPeriod.Week, "month" => ResultPeriod.Month, _ => ResultPeriod.Quarter };
            var kind = parseResult.GetValue(format)!;
            return StoreFactory.Run(environment, parseResult, globals, store =>
            {
                var settings = store.Association.Get();
                var language = Languages.Resolve(parseResult.GetValue(globals.Language), settings.Language);
                var businesses = store.Businesses.GetAll(includeArchived: true);
                var campaigns = store.Campaigns.GetAll()
                    .Where(c => c.Status is CampaignStatus.Running or CampaignStatus.Finished)
                    .Select(c => new ReportCampaign(c, CampaignSplit.Split(c, businesses, settings)));
                var report = ResultsReportBuilder.Build(campaigns, length, first, last);
                var document = new ReportDocument(report, settings.Name, DateOnly.FromDateTime(environment.Clock.GetLocalNow().DateTime), ReportLabels.For(language));
                var bytes = Render(document, kind, CsvDialect.For(language));
                var target = parseResult.GetValue(output);
                if (target is null && Export.SummaryExport.IsBinary(kind))
                {
                    target = report.Periods.Count == 0
                        ? $"report-{Word(length)}.{kind}"
                        : string.Create(CultureInfo.InvariantCulture, $"report-{Word(length)}-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}.{kind}");
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

                ExportCommand.WriteWhole(path, bytes);
                environment.Out.WriteLine($"Wrote {path}");
                return ExitCodes.Success;
            });
        }));
        return command;
    }

    /// <summary>The report's bytes in a format: UTF-8 text, or the XLSX or PDF file.</summary>
    public static byte[] Render(ReportDocument document, string format, CsvDialect dialect) => format switch
    {
        "csv" => ReportCsvWriter.Write(document, dialect),
        "md" => Encoding.UTF8.GetBytes(ReportMarkdownWriter.Write(document)),
        "html" => Encoding.UTF8.GetBytes(ReportHtmlWriter.Write(document)),
        "json" => Encoding.UTF8.GetBytes(ReportJsonWriter.Write(document)),
        "xlsx" => ReportXlsxWriter.Write(document),
        "pdf" => ReportPdfWriter.Write(document),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    private static string Word(ResultPeriod period) => period.ToString().ToLowerInvariant();
}
