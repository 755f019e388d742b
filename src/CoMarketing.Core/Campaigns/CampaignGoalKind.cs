namespace CoMarketing.Core.Campaigns;

/// <summary>The one primary goal a campaign is measured against.</summary>
public enum CampaignGoalKind
{
    Awareness = 0,
    Traffic = 1,
    Leads = 2,
    Sales = 3,
    NewCustomers = 4,
}
