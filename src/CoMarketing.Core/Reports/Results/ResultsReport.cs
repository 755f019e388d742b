using CoMarketing.Core.Campaigns;

namespace CoMarketing.Core.Reports.Results;

/// <summary>
/// The periodic results report across campaigns (DESIGN.md: "Results are reported weekly, monthly or quarterly"),
/// built by <see cref="ResultsReportBuilder"/>: reach, leads, new customers, acquisition cost against customer value,
/// ROI and the funnel, per period, per campaign, per member and per campaign in each period.
/// </summary>
/// <param name="Period">The length of its periods.</param>
/// <param name="From">The first day of its first period.</param>
/// <param name="To">The last day of its last period.</param>
/// <param name="Periods">Every period from <paramref name="From"/> to <paramref name="To"/>, empty ones too, in order.</param>
/// <param name="Campaigns">The campaigns with a cost or a result in the range, by start date.</param>
/// <param name="Members">The members of those campaigns with a cost or a result in the range, by name (ordinal, ignoring case).</param>
/// <param name="Cells">Each campaign in each period where it has a cost or a result, by period then campaign.</param>
/// <param name="Total">Everything in the range together.</param>
public sealed record ResultsReport(
    ResultPeriod Period,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ReportPeriod> Periods,
    IReadOnlyList<ReportLine> Campaigns,
    IReadOnlyList<ReportLine> Members,
    IReadOnlyList<ReportCell> Cells,
    CampaignMetrics Total)
{
    /// <summary>True when nothing in the range has a cost or a result.</summary>
    public bool IsEmpty => Campaigns.Count == 0;
}
