using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Matching;

namespace CoMarketing.Core.Federation;

/// <summary>
/// Partner matching across the federation: the association's own members and the profiles other associations
/// share, ranked together by one <see cref="PartnerMatcher"/> with the association's own settings, so a partner from
/// elsewhere passes the same hard filters (not a competitor, not marked never-pair, a shared area unless either side
/// sells nationally) and gets the same score as a member would.
/// </summary>
/// <remarks>
/// Shared members are given ids above the association's own for the matcher (ids of different associations
/// overlap), and each suggestion carries the partner back with its own id and its association. Members of
/// associations that share counts only are never ranked; <see cref="CountHints"/> says how many might suit.
/// </remarks>
public sealed class FederatedMatcher
{
    private readonly PartnerMatcher _matcher;
    private readonly Dictionary<long, SharedProfile> _shared = [];
    private readonly long _firstShared;
    private readonly FederationSnapshot _federation;

    public FederatedMatcher(IReadOnlyList<Business> own, IEnumerable<PairPreference> preferences, MatchSettings settings, FederationSnapshot federation)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(federation);
        _federation = federation;
        _firstShared = own.Count == 0 ? 1 : own.Max(b => b.Id) + 1;
        var everyone = new List<Business>(own);
        var next = _firstShared;
        foreach (var profile in federation.Profiles.OrderBy(p => p.Association.Key, StringComparer.Ordinal).ThenBy(p => p.Business.Id))
        {
            _shared[next] = profile;
            everyone.Add(profile.Business.WithId(next));
            next++;
        }

        _matcher = new PartnerMatcher(everyone, preferences, settings);
    }

    /// <summary>
    /// The best <paramref name="top"/> partners for the association's own business, from its own association and the
    /// shared profiles together, best first.
    /// </summary>
    public IReadOnlyList<FederatedMatch> FindPartners(long businessId, int top, MatchTextOptions text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (businessId >= _firstShared)
        {
            throw DomainException.Of("NoBusinessInAssociation", businessId);
        }

        return [.. _matcher.FindPartners(businessId, top, text).Select(m => _shared.TryGetValue(m.Partner.Id, out var shared)
            ? new FederatedMatch(m with { Partner = shared.Business }, shared)
            : new FederatedMatch(m, null))];
    }

    /// <summary>
    /// Per association that shares counts only: how many of its active members are of another industry than the
    /// business and located in a municipality the business serves (its own or its audience's), or sell nationally,
    /// or any of them when the business itself sells nationally. Associations with none are left out.
    /// </summary>
    /// <remarks>Counts carry no offerings, so a competitor of the same industry class but another code may be counted.</remarks>
    public IReadOnlyList<FederationCountHint> CountHints(Business business)
    {
        ArgumentNullException.ThrowIfNull(business);
        var areas = business.Audience.Municipalities.Add(business.Municipality);
        return [.. _federation.Counts
            .Where(c => c.Industry != business.Industry && (business.Audience.National || c.National || areas.Contains(c.Municipality)))
            .GroupBy(c => c.Association.Key, StringComparer.Ordinal)
            .Select(g => new FederationCountHint(g.First().Association, g.Sum(c => c.Members)))
            .OrderByDescending(h => h.Members)
            .ThenBy(h => h.Association.Key, StringComparer.Ordinal)];
    }
}
