using CoMarketing.Core.Finance;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>One partner's line in the live preview.</summary>
/// <param name="Name">The partner.</param>
/// <param name="Net">Its share without VAT.</param>
/// <param name="Vat">Its share of the VAT.</param>
/// <param name="Gross">Net plus VAT.</param>
/// <param name="OwnReach">People it brings, whole persons.</param>
/// <param name="NewReach">People it gains (combined reach minus its own).</param>
/// <param name="Bar">Its gross share as a bar of block characters, proportional to the largest share.</param>
public sealed record PreviewRow(string Name, Money Net, Money Vat, Money Gross, long OwnReach, long NewReach, string Bar);
