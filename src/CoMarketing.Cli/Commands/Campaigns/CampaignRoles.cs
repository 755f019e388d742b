using CoMarketing.Core.Campaigns;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary>Names the people behind a campaign's roles: a participant by name, or "the coordinator".</summary>
public static class CampaignRoles
{
    /// <summary>The participant's name, or <c>coordinator</c> for <c>null</c>.</summary>
    public static string Name(CampaignView view, long? id)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (id is not { } business)
        {
            return CampaignRoleReader.Coordinator;
        }

        var index = view.Campaign.Participants.IndexOf(business);
        return index >= 0 ? view.Summary.Participants[index].Name : business.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The plan entries one participant posts, by date.</summary>
    public static IReadOnlyList<PlanEntry> TasksOf(Campaign campaign, long member)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return [.. campaign.Plan.Where(p => p.Owner == member)];
    }

    /// <summary>The plan-for-surprises roles one participant holds, in words.</summary>
    public static IReadOnlyList<string> DutiesOf(Campaign campaign, long member)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (campaign.Contingency is not { } plan)
        {
            return [];
        }

        var duties = new List<string>();
        if (plan.Responder == member)
        {
            duties.Add($"Answer negative comments within {Hours(plan.ResponseHours)}");
        }

        if (plan.PausedBy == member)
        {
            duties.Add("You may pause the campaign when something goes wrong");
        }

        return duties;
    }

    public static string Hours(int hours) => hours == 1 ? "1 hour" : $"{hours} hours";
}
