using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Matching;

/// <summary>The reasons added by related interests and earlier joint results.</summary>
public static partial class MatchReasons
{
    /// <summary>The related interest pairs in words ("Hunting ~ Outdoor life, …"), at most three, or null when none.</summary>
    private static string? Related(Business business, Business candidate, InterestAffinities affinities, MatchTextOptions options)
    {
        var pairs = InterestOverlap.RelatedPairs(business.Audience.Interests, candidate.Audience.Interests, affinities);
        return pairs.Count == 0
            ? null
            : string.Join(", ", pairs.Take(3).Select(p => $"{options.NameOf(p.Own)} ~ {options.NameOf(p.Other)}"));
    }

    /// <summary>What earlier joint campaigns showed, in words: the pair's own result or its industries'.</summary>
    private static string Outcome(Business business, Business candidate, OutcomeEvidence outcome, MatchTextOptions options, MatchTexts t)
    {
        var cost = t.Euros(outcome.AcquisitionCost.Cents);
        var campaign = outcome.Campaigns.Count == 1 ? t.InCampaign(outcome.Campaigns[0]) : t.InCampaigns(outcome.Campaigns.Count);
        return outcome.Scope == OutcomeScope.BusinessPair
            ? t.TogetherBrought(cost, campaign)
            : t.IndustriesBrought(options.NameOf(business.Industry), options.NameOf(candidate.Industry), cost, campaign);
    }
}
