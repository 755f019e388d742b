using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Reports;

/// <summary>Net, VAT and gross (net + VAT) of an item, a part or a total.</summary>
public sealed record SummaryAmounts(Money Net, Money Vat, Money Gross)
{
    public static SummaryAmounts Zero { get; } = new(Money.Zero, Money.Zero, Money.Zero);
}
