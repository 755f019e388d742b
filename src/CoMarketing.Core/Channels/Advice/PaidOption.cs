using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Channels.Advice;

/// <summary>A placement the partners can buy, from one partner's channel data: a newspaper ad, a radio spot, a sponsored post.</summary>
/// <param name="Kind">The channel kind.</param>
/// <param name="Name">The channel's name or handle, e.g. <c>Uusi Rovaniemi -lehti</c>.</param>
/// <param name="Partner">The business id of the partner whose data it comes from.</param>
/// <param name="PartnerName">That partner's name.</param>
/// <param name="People">Estimated people one placement reaches: the channel's audience size, capped at the area population.</param>
/// <param name="Cost">The typical cost of one placement.</param>
/// <param name="CostPerThousand">Cost per thousand people reached, rounded to the cent (halves away from zero).</param>
/// <param name="Fit">How well the channel suits the combined customers.</param>
/// <param name="Sponsored">True for a paid post on a partner's own social account (it reaches people beyond its followers).</param>
public sealed record PaidOption(ChannelKind Kind, string Name, long Partner, string PartnerName, long People, Money Cost, Money CostPerThousand, ChannelFit Fit, bool Sponsored);
