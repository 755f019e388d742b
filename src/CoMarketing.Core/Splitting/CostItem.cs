using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Splitting;

/// <summary>
/// A shared cost: a net amount with its VAT rate, who paid it, how it is split and among whom.
/// </summary>
/// <param name="Description">What was bought, e.g. "Newspaper ad".</param>
/// <param name="Net">Net amount, VAT excluded; negative for a refund or a sponsor's contribution.</param>
/// <param name="VatRate">VAT rate of the item.</param>
/// <param name="Rule">How the item is split.</param>
/// <param name="PaidBy">A participant id, or <see cref="CostItem.Association"/>.</param>
/// <param name="Among">Sharers' ids; <c>null</c> means every participant. Order does not matter: sharers are
/// always taken in participant order.</param>
/// <param name="Weights">Per-item weights overriding the participants' own (shares rule).</param>
/// <param name="Percents">Per-item percentages overriding the participants' own (percent rule).</param>
/// <param name="Amounts">Per-item amounts overriding the participants' own (exact rule).</param>
public sealed record CostItem(
    string Description,
    Money Net,
    VatRate VatRate,
    SplitRule Rule,
    string PaidBy = CostItem.Association,
    IReadOnlyList<string>? Among = null,
    IReadOnlyDictionary<string, decimal>? Weights = null,
    IReadOnlyDictionary<string, decimal>? Percents = null,
    IReadOnlyDictionary<string, Money>? Amounts = null)
{
    /// <summary>The payer id meaning the association itself paid.</summary>
    public const string Association = "association";

    /// <summary>The item's VAT: net × rate, rounded half away from zero to the cent.</summary>
    public Money Vat => VatRate.VatOf(Net);

    /// <summary>Net plus VAT.</summary>
    public Money Gross => Net + Vat;
}
