using CoMarketing.Core.Matching;

namespace CoMarketing.Tui.Application;

/// <summary>
/// Two partners of a campaign that the matching rules keep apart (competitors, or "never pair"): the later one in
/// the campaign's order is <paramref name="Partner"/>, the one it clashes with <paramref name="Other"/>.
/// </summary>
/// <param name="Partner">The business whose presence is warned about.</param>
/// <param name="PartnerName">Its name.</param>
/// <param name="Other">The partner it clashes with.</param>
/// <param name="OtherName">That partner's name.</param>
/// <param name="Exclusions">The rules that apply.</param>
/// <param name="Reason">The rules' reasons in words, as the matches screen gives them.</param>
public sealed record PartnerWarning(long Partner, string PartnerName, long Other, string OtherName, MatchExclusions Exclusions, string Reason);
