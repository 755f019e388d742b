using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Reports;
using CoMarketing.Tui.Application;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// A campaign's figures as the command line and the exports have them: <see cref="CampaignSplit"/> then
/// <see cref="CampaignSummaryBuilder"/>, nothing recomputed here.
/// </summary>
public static class CampaignFigures
{
    /// <summary>The summary of <paramref name="campaign"/>; a <see cref="DomainException"/> when it cannot be split.</summary>
    public static CampaignSummary Summarize(PlannerService service, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(campaign);
        var settings = service.Backend.GetAssociation();
        var businesses = campaign.Participants
            .Select(id => service.Backend.GetBusiness(id) ?? throw DomainException.Of("CampaignUnknownBusiness", campaign.Name, id))
            .ToList();
        return Summarize(campaign, businesses, settings);
    }

    /// <summary>The summary over given businesses and settings (the benchmark's entry: no backend).</summary>
    public static CampaignSummary Summarize(Campaign campaign, IReadOnlyList<Business> businesses, Core.Association.AssociationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var split = CampaignSplit.Split(campaign, businesses, settings);
        return CampaignSummaryBuilder.Build(settings.Name, settings.Currency, campaign, split);
    }

    /// <summary>The summary, or null when an item's inputs do not split (percentages not totalling 100…).</summary>
    public static CampaignSummary? TrySplit(PlannerService service, Campaign campaign)
    {
        try
        {
            return Summarize(service, campaign);
        }
        catch (DomainException)
        {
            return null;
        }
    }
}
