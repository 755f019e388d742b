namespace CoMarketing.Core.Channels.Advice;

/// <summary>How well a channel suits the partners' combined customers, each factor 0–1.</summary>
/// <param name="Kind">The channel kind.</param>
/// <param name="Age">Histogram intersection of the customers' ages with the channel's age profile: 0 when they share no one.</param>
/// <param name="Locality">Local media (newspaper, radio, in-store print, events) for partners who sell nationally online score lower.</param>
/// <param name="CustomerType">LinkedIn and newsletters score lower for consumers, TikTok and Instagram for businesses.</param>
/// <param name="Niche">For a niche offering every channel but search ads scores lower: most people it reaches do not need it.</param>
public sealed record ChannelFit(ChannelKind Kind, double Age, double Locality, double CustomerType, double Niche)
{
    /// <summary>A channel fits when <see cref="Total"/> is at least this (0.35); others are warned about, never bought.</summary>
    public const double Threshold = 0.35;

    /// <summary>The product of the factors: the share of the people the channel reaches who are the partners' kind of customer.</summary>
    public double Total => Age * Locality * CustomerType * Niche;

    public bool Fits => Total >= Threshold;
}
