using CoMarketing.Core.Common;

namespace CoMarketing.Core.Campaigns;

/// <summary>A campaign's single measurable goal: a kind and a numeric target above zero (people, leads, euros…).</summary>
public sealed record CampaignGoal
{
    public CampaignGoal(CampaignGoalKind kind, decimal target)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException($"Unknown campaign goal {(int)kind}.");
        }

        if (target <= 0)
        {
            throw new DomainException($"A campaign goal needs a target above zero, got {target}.");
        }

        Kind = kind;
        Target = target;
    }

    public CampaignGoalKind Kind { get; }

    public decimal Target { get; }
}
