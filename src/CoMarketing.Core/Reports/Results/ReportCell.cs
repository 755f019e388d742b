using CoMarketing.Core.Campaigns;

namespace CoMarketing.Core.Reports.Results;

/// <summary>One campaign in one period of a results report.</summary>
/// <param name="PeriodStart">The period's first day.</param>
/// <param name="CampaignId">The campaign.</param>
/// <param name="CampaignName">Its name.</param>
/// <param name="Metrics">Its cost in the period against its results counted in the period.</param>
public sealed record ReportCell(DateOnly PeriodStart, long CampaignId, string CampaignName, CampaignMetrics Metrics);
