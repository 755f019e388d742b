using CoMarketing.Core.Businesses;
using CoMarketing.Core.Matching;

namespace CoMarketing.Core.Campaigns;

/// <summary>
/// The pairs of a campaign's participants that the matching would never suggest: competitors (same industry class,
/// or a large overlap of offerings, unless either side said "we are fine together") and pairs where either side said
/// "never pair". A campaign may still hold them (a shared Black Friday of the town's shopping centres), but the
/// coordinator is warned on import, show and check, and gives a reason.
/// </summary>
public static class CampaignPairWarnings
{
    /// <summary>One sentence per pair, in participant order, e.g. <c>'Kahvila Aalto' and 'Kahvila Kuura' are competitors (same industry 5610)</c>.</summary>
    public static IReadOnlyList<string> For(Campaign campaign, IReadOnlyList<Business> businesses, IReadOnlyList<PairPreference> preferences, bool smallTownMode)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(businesses);
        ArgumentNullException.ThrowIfNull(preferences);
        var byId = businesses.ToDictionary(b => b.Id);
        var members = campaign.Participants.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        var warnings = new List<string>();
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                if (Warning(members[i], members[j], preferences, smallTownMode) is { } warning)
                {
                    warnings.Add(warning);
                }
            }
        }

        return warnings;
    }

    private static string? Warning(Business a, Business b, IReadOnlyList<PairPreference> preferences, bool smallTownMode)
    {
        bool Marked(PairPreferenceKind kind) => preferences.Any(p => p.Kind == kind && ((p.From == a.Id && p.To == b.Id) || (p.From == b.Id && p.To == a.Id)));
        if (Marked(PairPreferenceKind.NeverPair))
        {
            return $"'{a.Name}' and '{b.Name}' are marked \"never pair\"";
        }

        if (Marked(PairPreferenceKind.FineTogether))
        {
            return null;
        }

        if (CompetitionRules.SameIndustry(a.Industry, b.Industry, smallTownMode))
        {
            return $"'{a.Name}' and '{b.Name}' are competitors (same industry {a.Industry.Class})";
        }

        var shared = a.Offerings.Intersect(b.Offerings).Count();
        return CompetitionRules.IsLargeOfferingOverlap(shared, a.Offerings.Count, b.Offerings.Count)
            ? $"'{a.Name}' and '{b.Name}' are competitors (they share {shared} offerings)"
            : null;
    }
}
