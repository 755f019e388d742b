using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Splitting;

namespace CoMarketing.Core.Reports.Results;

/// <summary>A campaign as the results report sees it: the campaign and its split (from <see cref="CampaignSplit"/>).</summary>
public sealed record ReportCampaign
{
    public ReportCampaign(Campaign campaign, SplitResult split)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(split);
        if (split.Participants.Count != campaign.Participants.Length)
        {
            throw DomainException.Of("ReportSplitMismatch", campaign.Name, split.Participants.Count, campaign.Participants.Length);
        }

        Campaign = campaign;
        Split = split;
    }

    public Campaign Campaign { get; }

    /// <summary>The split; <c>Participants[i]</c> is the campaign's i-th participant, whose gross share is its cost.</summary>
    public SplitResult Split { get; }
}
