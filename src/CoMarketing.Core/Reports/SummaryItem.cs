namespace CoMarketing.Core.Reports;

/// <summary>One cost item and every participant's part of it.</summary>
/// <param name="Description">What was bought.</param>
/// <param name="Rule">Split rule name: equal, shares, percent, exact, reach, benefit.</param>
/// <param name="PaidBy">Id of the participant that paid, or <c>association</c>.</param>
/// <param name="VatPercent">VAT rate in percent.</param>
/// <param name="Amounts">The item's net, VAT and gross.</param>
/// <param name="Parts">Each participant's part, in participant order (zero for those not sharing it).</param>
public sealed record SummaryItem(string Description, string Rule, string PaidBy, decimal VatPercent, SummaryAmounts Amounts, IReadOnlyList<SummaryAmounts> Parts);
