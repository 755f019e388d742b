using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Channels.Advice;

/// <summary>The partners' customers taken together, as channel advice sees them.</summary>
/// <param name="Ages">Age distributions of the partners weighted by their customers per month (equally when nobody has any).</param>
/// <param name="CustomersPerMonth">All partners' customers per month together.</param>
/// <param name="LocalShare">Share (0–1) of those customers who belong to partners selling locally, not nationally online.</param>
/// <param name="BusinessShare">Share (0–1) of customers who are businesses: a business-to-business partner counts fully, one selling to both half.</param>
/// <param name="Niche">True when the partners together serve at most <see cref="NicheShare"/> of the area's people a month: few people need what they sell.</param>
public sealed record CombinedAudience(AgeDistribution Ages, long CustomersPerMonth, double LocalShare, double BusinessShare, bool Niche)
{
    /// <summary>Customers per month at or below this share of the area population make an offering niche (1 %).</summary>
    public const double NicheShare = 0.01;

    /// <summary>Combines the partners' audiences; see the parameters for the weighting.</summary>
    public static CombinedAudience Of(IReadOnlyList<Business> partners, int population)
    {
        ArgumentNullException.ThrowIfNull(partners);
        if (partners.Count == 0)
        {
            throw DomainException.Of("AdviceNeedsPartner");
        }

        var total = partners.Sum(p => (long)p.Audience.CustomersPerMonth);
        double Weight(Business b) => total == 0 ? 1 : b.Audience.CustomersPerMonth;
        var sum = partners.Sum(Weight);
        var ages = new double[AgeBands.Count];
        foreach (var partner in partners)
        {
            for (var band = 0; band < ages.Length; band++)
            {
                ages[band] += Weight(partner) * partner.Audience.Ages.Weights[band];
            }
        }

        var local = partners.Where(p => !p.Audience.National).Sum(Weight) / sum;
        var business = partners.Sum(p => Weight(p) * p.CustomerType switch
        {
            CustomerType.Businesses => 1.0,
            CustomerType.Both => 0.5,
            _ => 0.0,
        }) / sum;
        return new CombinedAudience(new AgeDistribution(ages), total, local, business, total <= NicheShare * population);
    }
}
