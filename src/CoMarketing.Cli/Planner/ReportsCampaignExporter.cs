using CoMarketing.Cli.Commands.Export;
using CoMarketing.Core.Association;
using CoMarketing.Core.Reports;
using CoMarketing.Tui.Application;

namespace CoMarketing.Cli.Planner;

/// <summary>The planner's export dialog writes exactly what <c>comarketing export</c> writes (<see cref="SummaryExport"/>).</summary>
public sealed class ReportsCampaignExporter : ICampaignExporter
{
    public IReadOnlyList<string> Formats => SummaryExport.Formats;

    public byte[] Render(CampaignSummary summary, string format, Language language) => SummaryExport.Render(summary, format, language);
}
