using CoMarketing.Core.Audiences;

namespace CoMarketing.Core.Channels.Advice;

/// <summary>The rules that turn a channel's age profile and kind into a <see cref="ChannelFit"/> for an audience.</summary>
/// <remarks>
/// Locality: local media get <c>0.25 + 0.75 × local share</c>. Customer type (business share b): LinkedIn
/// <c>0.25 + 0.75 b</c>, newsletter <c>0.6 + 0.4 b</c>, TikTok and Instagram <c>1 − 0.5 b</c>. Niche: every kind but search
/// ads × 0.6. Everything else is 1.
/// </remarks>
public static class ChannelFitRules
{
    /// <summary>Local newspaper, radio, in-store print and events: they reach people where they are printed, aired or held.</summary>
    public static bool IsLocal(ChannelKind kind)
        => kind is ChannelKind.LocalNewspaper or ChannelKind.Radio or ChannelKind.InStorePrint or ChannelKind.Event;

    /// <summary>Accounts a partner posts to itself for free: social media, its website, its newsletter.</summary>
    public static bool IsOwnAccount(ChannelKind kind)
        => kind is ChannelKind.Facebook or ChannelKind.Instagram or ChannelKind.TikTok or ChannelKind.LinkedIn
            or ChannelKind.YouTube or ChannelKind.X or ChannelKind.Website or ChannelKind.Newsletter;

    /// <summary>The fit of a channel of <paramref name="kind"/> whose audience has the age profile <paramref name="ages"/>.</summary>
    public static ChannelFit Of(ChannelKind kind, AgeDistribution ages, CombinedAudience audience)
    {
        ArgumentNullException.ThrowIfNull(ages);
        ArgumentNullException.ThrowIfNull(audience);
        var b = audience.BusinessShare;
        var customerType = kind switch
        {
            ChannelKind.LinkedIn => 0.25 + (0.75 * b),
            ChannelKind.Newsletter => 0.6 + (0.4 * b),
            ChannelKind.TikTok or ChannelKind.Instagram => 1 - (0.5 * b),
            _ => 1.0,
        };
        return new ChannelFit(
            kind,
            audience.Ages.Similarity(ages),
            IsLocal(kind) ? 0.25 + (0.75 * audience.LocalShare) : 1.0,
            customerType,
            audience.Niche && kind != ChannelKind.SearchAds ? 0.6 : 1.0);
    }
}
