using System.Globalization;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.References;

/// <summary>
/// The invoice references of a split's participants, derived only from a base and their position so that the same
/// input always gives the same references.
/// </summary>
/// <remarks>
/// The participant at 1-based position <c>p</c> gets the reference base <c>referenceBase + p</c> and the Finnish
/// reference number of that base (check digit appended). The stateless <c>split</c> uses
/// <see cref="DefaultBase"/> (1001 → 10016, 1002 → 10029, …); a stored campaign uses <see cref="ForCampaign"/>,
/// <c>campaign id × 1000</c>, so campaign 2's first member gets 2001 → 20011 and references never repeat across
/// campaigns (as long as a campaign has fewer than 1000 participants).
/// </remarks>
public static class InvoiceReferences
{
    /// <summary>The reference base of the stateless split: participant p gets <c>1000 + p</c>.</summary>
    public const long DefaultBase = 1000;

    /// <summary>The largest reference base accepted: keeps <c>base + position</c> within 19 digits.</summary>
    public const long MaxBase = 999_999_999_999_999_000;

    /// <summary>The reference base of a stored campaign: <c>campaign id × 1000</c>.</summary>
    public static long ForCampaign(long campaignId)
    {
        if (campaignId is < 1 or > MaxBase / 1000)
        {
            throw DomainException.Of("InvoiceCampaignId", MaxBase / 1000, campaignId);
        }

        return campaignId * 1000;
    }

    /// <summary>The Finnish reference for the participant at 1-based <paramref name="position"/> with base 1000.</summary>
    public static FinnishReference ForPosition(int position) => ForPosition(DefaultBase, position);

    /// <summary>The Finnish reference of <c><paramref name="referenceBase"/> + <paramref name="position"/></c>.</summary>
    public static FinnishReference ForPosition(long referenceBase, int position)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        if (referenceBase is < 0 or > MaxBase)
        {
            throw DomainException.Of("ReferenceBaseRange", MaxBase, referenceBase);
        }

        var number = referenceBase + position;
        if (number < 100)
        {
            throw DomainException.Of("ReferenceBaseShort", referenceBase, position);
        }

        return FinnishReference.FromBase(number.ToString(CultureInfo.InvariantCulture));
    }
}
