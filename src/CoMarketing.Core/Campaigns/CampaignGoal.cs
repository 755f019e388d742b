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

        if (target is <= 0 or > Limits.MaxCount)
        {
            throw new DomainException($"A campaign goal needs a target above zero and at most 1 000 000 000, got {target}.");
        }

        Kind = kind;
        Target = target;
    }

    public CampaignGoalKind Kind { get; }

    public decimal Target { get; }
}
