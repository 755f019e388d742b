using CoMarketing.Cli.Commands.Export;
using CoMarketing.Core.Association;
using CoMarketing.Core.Reports;
using CoMarketing.Reports.Exports;
using CoMarketing.Tui.Application;

namespace CoMarketing.Cli.Planner;

/// <summary>
/// The planner's export dialog writes exactly what <c>comarketing export</c> writes (<see cref="SummaryExport"/>): given
/// the association's payment terms, with due dates and the PDF too; without them, the summary without due dates.
/// </summary>
public sealed class ReportsCampaignExporter(Func<PaymentTerms>? terms = null) : ICampaignExporter
{
    public IReadOnlyList<string> Formats => SummaryExport.Formats;

    public byte[] Render(CampaignSummary summary, string format, Language language)
        => terms is null ? SummaryExport.Render(summary, format, language) : SummaryExport.Render(summary, format, language, terms());
}
