namespace CoMarketing.Core.Channels.Advice;

/// <summary>A partner's own account (social media, website, newsletter): posting there about the campaign is free.</summary>
/// <param name="Partner">The partner's business id.</param>
/// <param name="PartnerName">The partner's name.</param>
/// <param name="Channel">The account.</param>
/// <param name="People">Its audience in the area (capped at the area population).</param>
/// <param name="NewPeople">
/// The people only this account reaches, no other partner account: <c>a · Π_{j≠a}(1 − a_j / P)</c> in the
/// independence (Sainsbury) model of DESIGN.md, rounded to whole persons.
/// </param>
/// <param name="Fit">How well the account's followers suit the combined customers.</param>
public sealed record OwnAccount(long Partner, string PartnerName, Channel Channel, long People, long NewPeople, ChannelFit Fit);
