using CoMarketing.Core.Campaigns;

namespace CoMarketing.Core.Reports.Results;

/// <summary>One week, month or quarter of a results report, every campaign together.</summary>
/// <param name="Start">Its first day: a Monday, the 1st of a month, or of January, April, July or October.</param>
/// <param name="End">Its last day.</param>
/// <param name="Metrics">The cost that falls in it against the results counted in it.</param>
public sealed record ReportPeriod(DateOnly Start, DateOnly End, CampaignMetrics Metrics);
