using CoMarketing.Core.Campaigns;

namespace CoMarketing.Core.Reports.Results;

/// <summary>One campaign's or one member's figures over the report's whole range.</summary>
/// <param name="Id">The campaign's id, or the member's business id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Metrics">Its cost in the range against its results in the range.</param>
public sealed record ReportLine(long Id, string Name, CampaignMetrics Metrics);
