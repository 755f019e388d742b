using CoMarketing.Core.Splitting;

namespace CoMarketing.Core.Campaigns;

/// <summary>A campaign's metrics: per participant (its gross share against its own results) and all together.</summary>
/// <param name="Participants">Each participant's metrics, in participant order.</param>
/// <param name="Total">Every participant's cost and results summed.</param>
public sealed record CampaignEconomics(IReadOnlyList<ParticipantMetrics> Participants, CampaignMetrics Total)
{
    /// <summary>Metrics of <paramref name="campaign"/>, whose split is <paramref name="split"/> (from <see cref="CampaignSplit"/>).</summary>
    public static CampaignEconomics Of(Campaign campaign, SplitResult split)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(split);
        var participants = campaign.Participants
            .Select((id, i) => new ParticipantMetrics(id, new CampaignMetrics(split.Participants[i].Total.Gross, FunnelTotals.Of(campaign.Results.Where(r => r.Participant == id)))))
            .ToList();
        var total = new CampaignMetrics(
            Finance.Money.Sum(participants.Select(p => p.Metrics.Cost)),
            FunnelTotals.Of(campaign.Results));
        return new CampaignEconomics(participants, total);
    }
}
