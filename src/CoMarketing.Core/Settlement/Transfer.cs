using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Settlement;

/// <summary>A payment from a debtor to a creditor when settling up.</summary>
public sealed record Transfer(string From, string To, Money Amount);
