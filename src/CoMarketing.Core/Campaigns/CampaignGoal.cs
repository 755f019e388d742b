using CoMarketing.Core.Common;

namespace CoMarketing.Core.Campaigns;

/// <summary>A campaign's single measurable goal: a kind and a numeric target above zero (people, leads, euros…).</summary>
public sealed record CampaignGoal
{
    public CampaignGoal(CampaignGoalKind kind, decimal target)
    {
        if (!Enum.IsDefined(kind))
        {
            throw DomainException.Of("UnknownCampaignGoal", (int)kind);
        }

        if (target is <= 0 or > Limits.MaxCount)
        {
            throw DomainException.Of("CampaignGoalTarget", target);
        }

        Kind = kind;
        Target = target;
    }

    public CampaignGoalKind Kind { get; }

    public decimal Target { get; }
}
