using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Finance;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>One line of the campaign list.</summary>
/// <param name="Campaign">The campaign.</param>
/// <param name="Partners">Its partners' names, in the campaign's order.</param>
/// <param name="TotalGross">All its costs with VAT, or null when its costs cannot be split yet (an item is incomplete).</param>
/// <param name="OwnShare">The signed-in member's gross share, or null for the coordinator (or when it cannot be split).</param>
public sealed record CampaignRow(Campaign Campaign, IReadOnlyList<string> Partners, Money? TotalGross, Money? OwnShare);
