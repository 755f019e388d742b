namespace CoMarketing.Core.Campaigns;

/// <summary>Where a campaign is in its life.</summary>
public enum CampaignStatus
{
    Draft = 0,
    Planned = 1,
    Running = 2,
    Finished = 3,
}
