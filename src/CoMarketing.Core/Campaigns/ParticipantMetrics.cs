namespace CoMarketing.Core.Campaigns;

/// <summary>One participant's metrics in a campaign: its gross share against its own results.</summary>
/// <param name="BusinessId">The participant business.</param>
/// <param name="Metrics">Its cost and results.</param>
public sealed record ParticipantMetrics(long BusinessId, CampaignMetrics Metrics);
