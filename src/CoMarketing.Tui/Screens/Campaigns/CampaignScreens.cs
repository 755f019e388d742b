using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The entry points the shell opens campaigns through, one line each: the list (from the menu), a campaign's
/// workspace, a blank new campaign, and "Start a campaign with these partners" from the matches or group screen.
/// Each takes the <see cref="PlannerService"/> of the signed-in session; permissions are enforced below it.
/// </summary>
public static class CampaignScreens
{
    /// <summary>The campaign list; wire <see cref="CampaignListView.Opened"/> to <see cref="Open"/> and <see cref="CampaignListView.NewRequested"/> to <see cref="New"/>.</summary>
    public static CampaignListView List(PlannerService service) => new(service);

    /// <summary>The workspace of a saved campaign this session may see (<paramref name="members"/>: partners to choose from, when already read).</summary>
    public static CampaignWorkspace Open(PlannerService service, long campaignId, IReadOnlyList<Business>? members = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        var campaign = service.GetCampaign(campaignId) ?? throw new DomainException(Resources.CampaignTexts.Of(service.Texts).Format("CampaignGone", campaignId));
        return new CampaignWorkspace(service, campaign, null, members);
    }

    /// <summary>The results report across the campaigns this session may see (weekly, monthly or quarterly).</summary>
    public static ResultsReportView Report(PlannerService service) => new(new ResultsReportModel(service));

    /// <summary>A blank new campaign (a member's own business is already a partner).</summary>
    public static CampaignWorkspace New(PlannerService service, IReadOnlyList<Business>? members = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new CampaignWorkspace(service, null, [], members);
    }

    /// <summary>"Start a campaign with these partners": a new campaign with the given businesses, in order.</summary>
    public static CampaignWorkspace StartWith(PlannerService service, IEnumerable<long> businessIds, IReadOnlyList<Business>? members = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(businessIds);
        return new CampaignWorkspace(service, null, businessIds, members);
    }

    /// <summary>
    /// <see cref="StartWith(PlannerService, IEnumerable{long}, IReadOnlyList{Business})"/> from the matches or group screen, the members to choose more partners from read behind a
    /// spinner where the association is big (<see cref="Shell.LoadingView"/>).
    /// </summary>
    public static Terminal.Gui.ViewBase.View StartWith(Shell.AreaContext area, IReadOnlyList<long> businessIds)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(businessIds);
        var texts = area.Texts;
        return Shell.LoadingView.Open(
            area, Resources.CampaignTexts.Of(texts).Get("NewCampaignTitle"), members => texts.Quantity("LoadingMembers", members),
            area.Service.GetBusinesses, members => StartWith(area.Service, businessIds, members));
    }
}
