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
            throw new DomainException($"Unknown channel kind {(int)kind}.");
        }

        if (audienceSize < 0)
        {
            throw new DomainException($"Channel audience size must be zero or more, got {audienceSize}.");
        }

        if (audienceSize > Limits.MaxCount)
        {
            throw new DomainException($"Channel audience size must be at most 1 000 000 000, got {audienceSize}.");
        }

        if (double.IsNaN(engagementRate) || engagementRate is < 0 or > 1)
        {
            throw new DomainException($"Engagement rate must be between 0 and 100 %, got {engagementRate * 100} %.");
        }

        if (typicalCost.IsNegative)
        {
            throw new DomainException($"Typical cost per placement cannot be negative, got {typicalCost}.");
        }

        Kind = kind;
        Name = string.IsNullOrWhiteSpace(name) ? ChannelKinds.ShortName(kind) : Limits.Text(name.Trim(), Limits.NameLength, "A channel name");
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
