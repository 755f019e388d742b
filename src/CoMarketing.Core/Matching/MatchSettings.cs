using CoMarketing.Core.Association;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Matching;

/// <summary>What matching needs from the association: the area's population P, small-town mode, the weights.</summary>
public sealed record MatchSettings
{
    public MatchSettings(int population, bool smallTownMode, MatchWeights? weights = null)
    {
        if (population <= 0)
        {
            throw new DomainException($"The area's population must be above zero, got {population}.");
        }

        Population = population;
        SmallTownMode = smallTownMode;
        Weights = weights ?? MatchWeights.Default;
    }

    /// <summary>The P of the reach model: every reach is capped at it.</summary>
    public int Population { get; }

    public bool SmallTownMode { get; }

    public MatchWeights Weights { get; }

    public static MatchSettings From(AssociationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new MatchSettings(settings.Population, settings.SmallTownMode);
    }
}
