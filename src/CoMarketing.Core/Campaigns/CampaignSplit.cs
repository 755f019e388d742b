using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Reach;
using CoMarketing.Core.References;
using CoMarketing.Core.Splitting;
using SplitCostItem = CoMarketing.Core.Splitting.CostItem;

namespace CoMarketing.Core.Campaigns;

/// <summary>Turns a stored campaign into the split engine's request: the one bridge between the two.</summary>
/// <remarks>
/// Participants keep the campaign's order (it breaks cent ties and numbers the invoices) and are identified by their
/// business id as invariant text (<c>"12"</c>); an item the association paid keeps the payer
/// <see cref="SplitCostItem.Association"/>. Each participant's reach is <see cref="BusinessReach.Of"/> over the
/// association's population, which is also the split's population. An empty <c>Among</c> means every participant.
/// The campaign's settlement mode carries over, and participant p's invoice reference base is
/// <c>campaign id × 1000 + p</c> (<see cref="InvoiceReferences.ForCampaign"/>); a campaign not stored yet (id 0)
/// numbers them as the stateless split does, <c>1000 + p</c>.
/// </remarks>
public static class CampaignSplit
{
    /// <summary>The split request of <paramref name="campaign"/>; every participant must be among <paramref name="businesses"/>.</summary>
    public static SplitRequest ToRequest(Campaign campaign, IEnumerable<Business> businesses, AssociationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(businesses);
        ArgumentNullException.ThrowIfNull(settings);
        var known = businesses.ToDictionary(b => b.Id);
        var participants = campaign.Participants.Select(id => known.TryGetValue(id, out var business)
                ? new SplitParticipant(Key(id), business.Name, BusinessReach.Of(business, settings.Population))
                : throw DomainException.Of("CampaignUnknownBusiness", campaign.Name, id))
            .ToList();
        var items = campaign.CostItems.Select(item => new SplitCostItem(
                item.Description,
                item.Net,
                VatRate.FromPercent(item.VatPercent),
                item.Rule,
                item.PaidBy is { } payer ? Key(payer) : SplitCostItem.Association,
                item.Among.IsEmpty ? null : [.. item.Among.Select(Key)],
                item.Weights.IsEmpty ? null : item.Weights.ToDictionary(w => Key(w.Key), w => w.Value),
                item.Percents.IsEmpty ? null : item.Percents.ToDictionary(p => Key(p.Key), p => p.Value),
                item.Amounts.IsEmpty ? null : item.Amounts.ToDictionary(a => Key(a.Key), a => a.Value)))
            .ToList();
        return new SplitRequest(settings.Population, participants, items)
        {
            Settlement = campaign.Settlement,
            ReferenceBase = campaign.Id > 0 ? InvoiceReferences.ForCampaign(campaign.Id) : InvoiceReferences.DefaultBase,
        };
    }

    /// <summary>Splits the campaign's costs and reach (see <see cref="CostSplitter"/>).</summary>
    public static SplitResult Split(Campaign campaign, IEnumerable<Business> businesses, AssociationSettings settings)
        => CostSplitter.Split(ToRequest(campaign, businesses, settings));

    /// <summary>The split participant id of a business: its id as invariant text.</summary>
    public static string Key(long businessId) => businessId.ToString(CultureInfo.InvariantCulture);
}
