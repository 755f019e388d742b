using CoMarketing.Core.Audiences;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Channels;

/// <summary>A marketing channel a business owns or buys: its reach, engagement and typical cost.</summary>
/// <remarks>
/// <see cref="AudienceSize"/> is followers, subscribers, circulation or monthly visitors, by kind.
/// <see cref="EngagementRate"/> is a fraction 0–1 (0.035 for 3.5 %).
/// </remarks>
public sealed record Channel
{
    public Channel(ChannelKind kind, string? name, int audienceSize, double engagementRate, Money typicalCost, AgeDistribution? ages = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw DomainException.Of("UnknownChannelKind", (int)kind);
        }

        if (audienceSize < 0)
        {
            throw DomainException.Of("ChannelAudienceNegative", audienceSize);
        }

        if (audienceSize > Limits.MaxCount)
        {
            throw DomainException.Of("ChannelAudienceTooLarge", audienceSize);
        }

        if (double.IsNaN(engagementRate) || engagementRate is < 0 or > 1)
        {
            throw DomainException.Of("EngagementRateRange", engagementRate * 100);
        }

        if (typicalCost.IsNegative)
        {
            throw DomainException.Of("ChannelCostNegative", typicalCost);
        }

        Kind = kind;
        Name = string.IsNullOrWhiteSpace(name) ? ChannelKinds.ShortName(kind) : Limits.Text(name.Trim(), Limits.NameLength, DomainProblem.Of("WhatChannelName"));
        AudienceSize = audienceSize;
        EngagementRate = engagementRate;
        TypicalCost = typicalCost;
        Ages = ages;
    }

    public ChannelKind Kind { get; }

    /// <summary>Name or handle, e.g. <c>@kahvila.aalto</c>.</summary>
    public string Name { get; }

    public int AudienceSize { get; }

    public double EngagementRate { get; }

    public Money TypicalCost { get; }

    /// <summary>Optional age profile of this channel's audience; null when unknown.</summary>
    public AgeDistribution? Ages { get; }
}
