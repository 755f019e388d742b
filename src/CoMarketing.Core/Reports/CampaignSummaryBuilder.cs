using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Splitting;

namespace CoMarketing.Core.Reports;

/// <summary>Builds a <see cref="CampaignSummary"/> from a campaign and its split (see <see cref="CampaignSplit"/>).</summary>
public static class CampaignSummaryBuilder
{
    public static CampaignSummary Build(string association, string currency, Campaign campaign, SplitResult split)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(split);
        var names = split.Participants.ToDictionary(p => p.Participant.Id, p => p.Participant.Name);
        string NameOf(string id) => names.TryGetValue(id, out var name) ? name : association;
        var participants = split.Participants.Select(p => new SummaryParticipant(
                p.Participant.Id,
                p.Participant.Name,
                Amounts(p.Total),
                p.Paid,
                p.Balance,
                p.OwnReach,
                p.NewReach.RoundToWhole(),
                p.Invoiced,
                p.Reference,
                p.RfReference))
            .ToList();
        var items = split.Items.Select((item, k) => new SummaryItem(
                item.Item.Description,
                item.Item.Rule.ToName(),
                item.Item.PaidBy,
                item.Item.VatRate.Percent,
                new SummaryAmounts(item.Net, item.Vat, item.Gross),
                [.. item.Parts.Select(Amounts)]))
            .ToList();
        var totals = new SummaryAmounts(
            Money.Sum(items.Select(i => i.Amounts.Net)),
            Money.Sum(items.Select(i => i.Amounts.Vat)),
            Money.Sum(items.Select(i => i.Amounts.Gross)));
        var header = new SummaryCampaign(
            campaign.Id,
            campaign.Name,
            CamelCase(campaign.Goal.Kind.ToString()),
            campaign.Goal.Target,
            campaign.Start,
            campaign.End,
            CamelCase(campaign.Status.ToString()));
        return new CampaignSummary(
            association,
            currency,
            header,
            participants,
            items,
            totals,
            split.Population,
            split.CombinedReach.RoundToWhole(),
            [.. split.Transfers.Select(t => new SummaryTransfer(t.From, NameOf(t.From), t.To, NameOf(t.To), t.Amount))])
        {
            Settlement = split.Settlement,
            Plan = [.. campaign.Plan.Select(p => new SummaryPlanEntry(p.Date, ChannelKinds.ShortName(p.Channel), p.Description, Key(p.Owner)))],
            Contingency = campaign.Contingency is { } plan ? new SummaryContingency(Key(plan.Responder), plan.ResponseHours, Key(plan.PausedBy), plan.Contact) : null,
        };
    }

    private static string? Key(long? businessId) => businessId is { } id ? CampaignSplit.Key(id) : null;

    private static SummaryAmounts Amounts(SplitPart part) => new(part.Net, part.Vat, part.Gross);

    /// <summary>The JSON-style name of an enum value: <c>NewCustomers</c> → <c>newCustomers</c>.</summary>
    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
