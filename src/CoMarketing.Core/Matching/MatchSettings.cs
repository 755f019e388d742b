using CoMarketing.Core.Association;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Matching;

/// <summary>
/// What matching needs from the association: the area's population P, small-town mode, the weights, the related
/// interests (<see cref="InterestAffinities"/>), the priors from finished campaigns (<see cref="MatchOutcomes"/>) and
/// the complementary industries (<see cref="IndustryComplements"/>).
/// </summary>
public sealed record MatchSettings
{
    public MatchSettings(int population, bool smallTownMode, MatchWeights? weights = null, InterestAffinities? affinities = null, MatchOutcomes? outcomes = null,
        IndustryComplements? complements = null)
    {
        if (population <= 0)
        {
            throw DomainException.Of("PopulationNotPositive", population);
        }

        Population = population;
        SmallTownMode = smallTownMode;
        Weights = weights ?? MatchWeights.Default;
        Affinities = affinities ?? InterestAffinities.Empty;
        Outcomes = outcomes ?? MatchOutcomes.Empty;
        Complements = complements ?? IndustryComplements.Empty;
    }

    /// <summary>The P of the reach model: every reach is capped at it.</summary>
    public int Population { get; }

    public bool SmallTownMode { get; }

    public MatchWeights Weights { get; }

    /// <summary>Related interest tags, counting partly in the interest part of the score (none by default).</summary>
    public InterestAffinities Affinities { get; }

    /// <summary>Boosts from finished joint campaigns (none by default).</summary>
    public MatchOutcomes Outcomes { get; }

    /// <summary>Complementary industries, counting as shared audience in the interest part of the score (none by default).</summary>
    public IndustryComplements Complements { get; }

    public static MatchSettings From(
        AssociationSettings settings, InterestAffinities? affinities = null, MatchOutcomes? outcomes = null, IndustryComplements? complements = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new MatchSettings(settings.Population, settings.SmallTownMode, affinities: affinities, outcomes: outcomes, complements: complements);
    }
}
