using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;

namespace CoMarketing.Cli.Commands.Channels;

/// <summary>Whom <c>channels advise</c> advises: a campaign's participants, or businesses named with <c>--partners</c>.</summary>
public sealed record AdviceRequest(Campaign? Campaign, IReadOnlyList<Business> Partners)
{
    /// <summary>The campaign's name, or the partners' names joined.</summary>
    public string Title => Campaign is { } c ? $"{c.Name} ({string.Join(", ", Partners.Select(p => p.Name))})" : string.Join(", ", Partners.Select(p => p.Name));
}
