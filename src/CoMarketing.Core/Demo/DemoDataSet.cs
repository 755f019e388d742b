using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;

namespace CoMarketing.Core.Demo;

/// <summary>
/// Everything the demo association consists of. Businesses carry provisional ids 1..n and campaigns 1..3; the
/// pair preferences, campaign participants, payers, weights and results refer to those ids. A store that assigns
/// its own ids translates them with <see cref="WithBusinessIds"/>.
/// </summary>
public sealed record DemoDataSet(
    AssociationSettings Settings,
    IReadOnlyList<Business> Businesses,
    IReadOnlyList<PairPreference> PairPreferences,
    IReadOnlyList<Campaign> Campaigns)
{
    /// <summary>The same data with every business id translated by <paramref name="map"/> (provisional id → store id).</summary>
    public DemoDataSet WithBusinessIds(IReadOnlyDictionary<long, long> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        long Map(long id) => map.TryGetValue(id, out var mapped) ? mapped : throw new KeyNotFoundException($"No store id for demo business {id}.");
        return this with
        {
            Businesses = [.. Businesses.Select(b => b.WithId(Map(b.Id)))],
            PairPreferences = [.. PairPreferences.Select(p => new PairPreference(Map(p.From), Map(p.To), p.Kind))],
            Campaigns = [.. Campaigns.Select(c => new Campaign(
                c.Id,
                c.Name,
                c.Goal,
                c.Start,
                c.End,
                c.Status,
                c.Participants.Select(Map),
                c.CostItems.Select(i => new CostItem(
                    i.Description,
                    i.Channel,
                    i.Net,
                    i.VatPercent,
                    i.PaidBy is { } payer ? Map(payer) : null,
                    i.Rule,
                    i.Among.Select(Map),
                    i.Weights.ToDictionary(w => Map(w.Key), w => w.Value),
                    i.Percents.ToDictionary(w => Map(w.Key), w => w.Value),
                    i.Amounts.ToDictionary(w => Map(w.Key), w => w.Value))),
                c.Plan.Select(p => p with { Owner = p.Owner is { } owner ? Map(owner) : null }),
                c.Results.Select(r => new CampaignResult(Map(r.Participant), r.PeriodStart, r.Period, r.Reached, r.Interested, r.Leads, r.NewCustomers, r.Revenue)))
            {
                Contingency = c.Contingency is { } plan
                    ? new ContingencyPlan(plan.Responder is { } r ? Map(r) : null, plan.ResponseHours, plan.PausedBy is { } x ? Map(x) : null, plan.Contact)
                    : null,
            })],
        };
    }
}
