using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Matching;

/// <summary>
/// Partner matching for an association (DESIGN.md "Partner matching"): ranked partners with reasons, an
/// explanation for any pair, and group suggestions. Builds a <see cref="MatchIndex"/> once and reuses it.
/// </summary>
public sealed class PartnerMatcher
{
    private readonly PairPreference[] _preferences;

    public PartnerMatcher(IReadOnlyList<Business> businesses, IEnumerable<PairPreference> preferences, MatchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(businesses);
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(settings);
        _preferences = [.. preferences];
        Index = MatchIndex.Build(businesses, _preferences, settings);
    }

    public MatchIndex Index { get; }

    /// <summary>The best <paramref name="top"/> partners for the business, best first, each with its reasons.</summary>
    public IReadOnlyList<PartnerMatch> FindPartners(long businessId, int top, MatchTextOptions text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var a = Position(businessId);
        return [.. Index.TopMatches(a, top).Select(hit => Describe(a, hit.Index, hit.Score, text))];
    }

    /// <summary>Why the candidate is or is not a match for the business: each failed filter in words, and the score.</summary>
    public MatchExplanation Explain(long businessId, long candidateId, MatchTextOptions text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var a = Position(businessId);
        var b = Position(candidateId);
        var business = Index.Businesses[a];
        var candidate = Index.Businesses[b];
        var exclusions = Index.Check(a, b);
        var failures = MatchReasons.DescribeExclusions(business, candidate, exclusions, _preferences, Index.Settings.SmallTownMode, text);
        var match = Describe(a, b, Index.Score(a, b), text);
        return new MatchExplanation(business, candidate, exclusions, failures, match.Score, match.Components, match.NewReach,
            exclusions.HasFlag(MatchExclusions.Self) ? [] : match.Reasons)
        {
            Outcome = exclusions.HasFlag(MatchExclusions.Self) ? null : match.Outcome,
        };
    }

    /// <summary>Up to <paramref name="size"/> pairwise compatible partners maximising combined unique reach.</summary>
    public GroupSuggestion SuggestGroup(long businessId, int size)
    {
        if (size < 1)
        {
            throw DomainException.Of("GroupSizeTooSmall", size);
        }

        var a = Position(businessId);
        var members = GroupSearch.Greedy(Index, a, size);
        return new GroupSuggestion(
            Index.Businesses[a],
            [.. members.Select(m => new GroupMember(Index.Businesses[m], Index.OwnReach(m)))],
            Index.OwnReach(a),
            GroupSearch.Reach(Index, a, members));
    }

    private PartnerMatch Describe(int a, int b, double score, MatchTextOptions text)
    {
        var business = Index.Businesses[a];
        var candidate = Index.Businesses[b];
        var fine = _preferences.Any(p => p.Kind == PairPreferenceKind.FineTogether
            && ((p.From == business.Id && p.To == candidate.Id) || (p.From == candidate.Id && p.To == business.Id)));
        var components = Index.Components(a, b);
        var newReach = Index.NewReach(a, b);
        var outcome = Index.Boost(a, b) > 0 ? Index.Settings.Outcomes.For(business, candidate) : null;
        var reasons = MatchReasons.Describe(business, candidate, components, newReach, fine, Index.Settings.SmallTownMode, text,
            Index.Settings.Affinities, outcome, Index.Settings.Complements);
        return new PartnerMatch(candidate, score, components, newReach, reasons) { Outcome = outcome };
    }

    private int Position(long id)
    {
        var i = Index.IndexOf(id);
        return i >= 0 ? i : throw DomainException.Of("NoBusinessWithId", id);
    }
}
