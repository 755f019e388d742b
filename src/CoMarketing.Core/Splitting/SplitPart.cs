using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Splitting;

/// <summary>One participant's part of a cost: net, VAT and their sum, the gross.</summary>
public readonly record struct SplitPart(Money Net, Money Vat)
{
    public static SplitPart Zero => new(Money.Zero, Money.Zero);

    /// <summary>Net plus VAT.</summary>
    public Money Gross => Net + Vat;

    public static SplitPart operator +(SplitPart a, SplitPart b) => new(a.Net + b.Net, a.Vat + b.Vat);
}
