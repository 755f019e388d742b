using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Matching;

/// <summary>
/// Learning from outcomes: priors from finished joint campaigns for each pair of businesses and each pair of industries,
/// turned into a bounded boost of the match score.
/// </summary>
/// <remarks>
/// <para>Every finished campaign with results counts for each pair of its participants that both brought new customers:
/// the campaign's acquisition cost (its gross costs over all its new customers) is compared with the value of a new
/// customer (its revenue over its new customers). A pair's campaigns are pooled (costs, customers and revenue summed).
/// The boost is <c>max · c / (c + <see cref="HalfEvidenceCustomers"/>) · (1 − cost per customer / value per customer)</c>,
/// none when customers cost as much as they bring or more, where c is the new customers the pair's own participants
/// brought, so a handful of customers counts little. The maximum is <see cref="MaxPairBoost"/> points for the
/// businesses themselves and <see cref="MaxIndustryBoost"/> for businesses of the same two industries (the full TOL
/// codes); a pair gets the larger of the two. Without finished campaigns with results nothing changes.</para>
/// <para>A campaign whose split cannot be computed (a participant no longer exists) is left out.</para>
/// </remarks>
public sealed class MatchOutcomes
{
    /// <summary>The most a pair's own earlier campaigns can add to its score, in points.</summary>
    public const double MaxPairBoost = 10;

    /// <summary>The most earlier campaigns of the same two industries can add, in points.</summary>
    public const double MaxIndustryBoost = 5;

    /// <summary>New customers at which the evidence counts half.</summary>
    public const double HalfEvidenceCustomers = 20;

    private readonly Dictionary<(long, long), OutcomeEvidence> _pairs;
    private readonly Dictionary<(string, string), OutcomeEvidence> _industries;

    private MatchOutcomes(Dictionary<(long, long), OutcomeEvidence> pairs, Dictionary<(string, string), OutcomeEvidence> industries)
    {
        _pairs = pairs;
        _industries = industries;
    }

    /// <summary>No earlier results: no boosts.</summary>
    public static MatchOutcomes Empty { get; } = new([], []);

    /// <summary>True when no pair gets a boost.</summary>
    public bool IsEmpty => _pairs.Count == 0 && _industries.Count == 0;

    /// <summary>The priors of the finished campaigns among <paramref name="campaigns"/>.</summary>
    public static MatchOutcomes From(IEnumerable<Campaign> campaigns, IReadOnlyList<Business> businesses, AssociationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        ArgumentNullException.ThrowIfNull(businesses);
        ArgumentNullException.ThrowIfNull(settings);
        var industry = businesses.ToDictionary(b => b.Id, b => b.Industry);
        var pairs = new Dictionary<(long, long), Pool>();
        var industries = new Dictionary<(string, string), Pool>();
        foreach (var campaign in campaigns.Where(c => c.Status == CampaignStatus.Finished && !c.Results.IsEmpty).OrderByDescending(c => c.End).ThenBy(c => c.Id))
        {
            CampaignEconomics economics;
            try
            {
                economics = CampaignEconomics.Of(campaign, CampaignSplit.Split(campaign, businesses, settings));
            }
            catch (DomainException)
            {
                continue;
            }

            var total = economics.Total;
            var bringing = economics.Participants.Where(p => p.Metrics.Funnel.NewCustomers > 0).ToList();
            var seenIndustries = new HashSet<(string, string)>();
            for (var i = 0; i < bringing.Count; i++)
            {
                for (var j = i + 1; j < bringing.Count; j++)
                {
                    var (p, q) = (bringing[i], bringing[j]);
                    var customers = p.Metrics.Funnel.NewCustomers + q.Metrics.Funnel.NewCustomers;
                    Add(pairs, (Math.Min(p.BusinessId, q.BusinessId), Math.Max(p.BusinessId, q.BusinessId)), campaign.Name, total, customers);
                    var (x, y) = (industry[p.BusinessId], industry[q.BusinessId]);
                    if (!x.IsUnknown && !y.IsUnknown)
                    {
                        var key = string.CompareOrdinal(x.Code, y.Code) <= 0 ? (x.Code, y.Code) : (y.Code, x.Code);
                        Add(industries, key, campaign.Name, total, customers, once: seenIndustries.Add(key));
                    }
                }
            }
        }

        return new MatchOutcomes(
            pairs.Where(p => p.Value.Boost(MaxPairBoost) > 0).ToDictionary(p => p.Key, p => p.Value.Evidence(OutcomeScope.BusinessPair, MaxPairBoost)),
            industries.Where(p => p.Value.Boost(MaxIndustryBoost) > 0).ToDictionary(p => p.Key, p => p.Value.Evidence(OutcomeScope.IndustryPair, MaxIndustryBoost)));
    }

    /// <summary>The evidence with the larger boost for the pair, or null when earlier results earn it none.</summary>
    public OutcomeEvidence? For(Business a, Business b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (IsEmpty || a.Id == b.Id)
        {
            return null;
        }

        _pairs.TryGetValue((Math.Min(a.Id, b.Id), Math.Max(a.Id, b.Id)), out var pair);
        OutcomeEvidence? byIndustry = null;
        if (!a.Industry.IsUnknown && !b.Industry.IsUnknown)
        {
            var (x, y) = (a.Industry.Code, b.Industry.Code);
            _industries.TryGetValue(string.CompareOrdinal(x, y) <= 0 ? (x, y) : (y, x), out byIndustry);
        }

        return pair is null ? byIndustry : byIndustry is null || pair.Boost >= byIndustry.Boost ? pair : byIndustry;
    }

    /// <summary>The largest boost any partner of <paramref name="business"/> can get (0 without evidence).</summary>
    public double MaxBoost(Business business)
    {
        ArgumentNullException.ThrowIfNull(business);
        var max = 0.0;
        foreach (var ((x, y), evidence) in _pairs)
        {
            max = x == business.Id || y == business.Id ? Math.Max(max, evidence.Boost) : max;
        }

        foreach (var ((x, y), evidence) in _industries)
        {
            max = !business.Industry.IsUnknown && (x == business.Industry.Code || y == business.Industry.Code) ? Math.Max(max, evidence.Boost) : max;
        }

        return max;
    }

    /// <summary>The boost of the pair in points (0 without evidence).</summary>
    public double Boost(Business a, Business b) => For(a, b)?.Boost ?? 0;

    private static void Add<TKey>(Dictionary<TKey, Pool> pools, TKey key, string campaign, CampaignMetrics total, long customers, bool once = true)
        where TKey : notnull
    {
        if (!pools.TryGetValue(key, out var pool))
        {
            pools[key] = pool = new Pool();
        }

        pool.PairCustomers += customers;
        if (once)
        {
            pool.Cost += total.Cost;
            pool.Customers += total.Funnel.NewCustomers;
            pool.Revenue += total.Funnel.Revenue;
            pool.Campaigns.Add(campaign);
        }
    }

    /// <summary>Campaign totals summed over a pair's campaigns.</summary>
    private sealed class Pool
    {
        public Money Cost { get; set; }

        public long Customers { get; set; }

        public Money Revenue { get; set; }

        public long PairCustomers { get; set; }

        public List<string> Campaigns { get; } = [];

        public double Boost(double max)
        {
            if (Customers <= 0 || Revenue.Cents <= 0 || Cost.Cents >= Revenue.Cents)
            {
                return 0;
            }

            var paysOff = 1 - ((double)Math.Max(0, Cost.Cents) / Revenue.Cents);
            return max * (PairCustomers / (PairCustomers + HalfEvidenceCustomers)) * paysOff;
        }

        public OutcomeEvidence Evidence(OutcomeScope scope, double max) => new(
            scope,
            PerCustomer(Cost),
            PerCustomer(Revenue),
            PairCustomers,
            [.. Campaigns],
            Boost(max));

        private Money PerCustomer(Money amount)
            => new((long)decimal.Round((decimal)amount.Cents / Customers, 0, MidpointRounding.AwayFromZero));
    }
}
