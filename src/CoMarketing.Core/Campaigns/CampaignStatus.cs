namespace CoMarketing.Core.Campaigns;

/// <summary>Where a campaign is in its life: draft → planned → running → finished, or cancelled (see <see cref="CampaignLifecycle"/>).</summary>
public enum CampaignStatus
{
    Draft = 0,
    Planned = 1,
    Running = 2,
    Finished = 3,

    /// <summary>Called off before it finished; like a finished campaign, its costs are locked.</summary>
    Cancelled = 4,
}
