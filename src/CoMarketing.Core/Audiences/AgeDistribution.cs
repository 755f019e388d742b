using System.Collections.Immutable;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Audiences;

/// <summary>
/// How an audience spreads over the seven <see cref="AgeBand"/>s: non-negative weights normalised to sum to 1.
/// </summary>
/// <remarks>Weights are proportions of people, not money, so they are doubles.</remarks>
public sealed record AgeDistribution
{
    private readonly ImmutableArray<double> _weights;

    /// <summary>Normalises the given weights (any scale: percentages, counts) to sum to 1.</summary>
    public AgeDistribution(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != AgeBands.Count)
        {
            throw DomainException.Of("AgeWeightsCount", AgeBands.Count, weights.Count);
        }

        for (var i = 0; i < weights.Count; i++)
        {
            // A finite cap keeps the sum finite: 1e308 in two bands would add up to infinity and normalise to zeros.
            if (double.IsNaN(weights[i]) || double.IsInfinity(weights[i]) || weights[i] < 0 || weights[i] > (double)Limits.MaxWeight)
            {
                throw DomainException.Of("AgeWeightRange", AgeBands.Label((AgeBand)i), weights[i]);
            }
        }

        var sum = weights.Sum();
        if (sum <= 0)
        {
            throw DomainException.Of("AgeWeightsZero");
        }

        // Weights that already sum to 1 are kept as given, so normalising is idempotent: a distribution read back
        // from its own Weights (a database, a file) equals the original exactly.
        _weights = Math.Abs(sum - 1) <= 1e-12 ? [.. weights] : [.. weights.Select(w => w / sum)];
    }

    /// <summary>An even spread over all bands.</summary>
    public static AgeDistribution Uniform { get; } = new([1, 1, 1, 1, 1, 1, 1]);

    /// <summary>The normalised weights, one per band in <see cref="AgeBand"/> order; they sum to 1.</summary>
    public IReadOnlyList<double> Weights => _weights;

    public double this[AgeBand band] => _weights[(int)band];

    /// <summary>Histogram intersection Σ min(aᵢ, bᵢ): 1 for identical distributions, 0 for disjoint ones. Symmetric.</summary>
    public double Similarity(AgeDistribution other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var total = 0.0;
        for (var i = 0; i < AgeBands.Count; i++)
        {
            total += Math.Min(_weights[i], other._weights[i]);
        }

        return Math.Clamp(total, 0, 1);
    }

    public bool Equals(AgeDistribution? other) => other is not null && _weights.SequenceEqual(other._weights);

    public override int GetHashCode() => _weights.Aggregate(17, (h, w) => HashCode.Combine(h, w));

    /// <summary>Parses <c>25-34:0.4|35-44:0.4|45-54:0.2</c> (weights normalised; unnamed bands are zero).</summary>
    public static AgeDistribution Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw DomainException.Of("AgeDistributionEmpty");
        }

        var weights = new double[AgeBands.Count];
        foreach (var part in text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(':');
            if (pieces.Length != 2 || !double.TryParse(pieces[1].Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var w))
            {
                throw DomainException.Of("AgeDistributionPart", part);
            }

            weights[(int)AgeBands.Parse(pieces[0])] += w;
        }

        return new AgeDistribution(weights);
    }
}
