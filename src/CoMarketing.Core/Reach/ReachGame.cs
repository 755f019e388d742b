using System.Numerics;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Reach;

/// <summary>
/// The unique-reach game of a set of participants under the independence (Sainsbury) model:
/// <c>R(S) = P · (1 − Π_{i∈S} (1 − r_i / P))</c>, where <c>r_i</c> is the audience participant i brings
/// (capped at the area population <c>P</c>).
/// </summary>
/// <remarks>
/// <para>Everything here is exact: big-integer fractions, no floating point, for any number of participants.</para>
/// <para>
/// Without a population (<c>null</c>) the area is unbounded, the limit <c>P → ∞</c> of the model: audiences never
/// overlap, <c>R(S) = Σ r_i</c>, and each participant's Shapley value is its own reach.
/// </para>
/// <para>
/// The Shapley value of i averages its marginal gain <c>r_i · Π_{j∈S}(1 − r_j/P)</c> over every order of joining,
/// which equals <c>r_i · ∫₀¹ Π_{j≠i}(1 − t·r_j/P) dt</c>. With <c>F(t) = Π_j (P − r_j t)</c> (integer coefficients),
/// <c>Π_{j≠i}(P − r_j t) = F(t) / (P − r_i t)</c> has integer coefficients g_k (exact synthetic division), and its
/// integral is <c>Σ_k g_k / (k + 1)</c>. Rearranged as a polynomial in <c>r_i</c> whose coefficients all participants
/// share, every Shapley value becomes an integer numerator over the common denominator <c>P^(n−1) · lcm(1..n)</c>:
/// O(n²) big-integer work once, then O(n) per participant (Horner). No rounding happens before the final cents.
/// </para>
/// </remarks>
public sealed class ReachGame
{
    private readonly long[] _reaches;
    private BigInteger[]? _shapleyNumerators;
    private BigInteger _shapleyDenominator;
    private Rational? _combined;

    /// <summary>Creates the game; reaches above the population are capped at it.</summary>
    /// <param name="population">People in the campaign area, at least 1; <c>null</c> for an unbounded area.</param>
    /// <param name="reaches">Each participant's own audience in people, not negative.</param>
    public ReachGame(long? population, IEnumerable<long> reaches)
    {
        ArgumentNullException.ThrowIfNull(reaches);
        if (population is < 1)
        {
            throw DomainException.Of("ReachPopulation", population);
        }

        Population = population;
        _reaches = [.. reaches.Select(r => r < 0
            ? throw DomainException.Of("ReachNegative", r)
            : population is { } p ? Math.Min(r, p) : r)];
    }

    /// <summary>People in the area, or <c>null</c> when unbounded.</summary>
    public long? Population { get; }

    /// <summary>Number of participants.</summary>
    public int Count => _reaches.Length;

    /// <summary>Participant i's own reach <c>r_i</c>, capped at the population.</summary>
    public long OwnReach(int index) => _reaches[index];

    /// <summary>Combined unique reach <c>R(N)</c> of everyone.</summary>
    public Rational Combined() => _combined ??= ComputeCombined();

    private Rational ComputeCombined()
    {
        if (Population is not { } p)
        {
            return Rational.FromInteger(_reaches.Aggregate(BigInteger.Zero, (sum, r) => sum + r));
        }

        if (_reaches.Length == 0)
        {
            return Rational.FromInteger(0);
        }

        var population = new BigInteger(p);
        var scale = BigInteger.Pow(population, _reaches.Length - 1);
        var untouched = _reaches.Aggregate(BigInteger.One, (product, r) => product * (p - r));
        return new Rational((scale * population) - untouched, scale);
    }

    /// <summary>New reach of participant i: <c>R(N) − r_i</c>, the people the others bring that i does not reach.</summary>
    public Rational NewReach(int index) => Combined().Minus(_reaches[index]);

    /// <summary>Participant i's Shapley value; the values of all participants sum to <see cref="Combined"/>.</summary>
    public Rational ShapleyValue(int index)
    {
        EnsureShapley();
        return new Rational(_shapleyNumerators![index], _shapleyDenominator);
    }

    /// <summary>
    /// The Shapley values as integer numerators over one common (undisclosed) denominator: exact split weights.
    /// </summary>
    public IReadOnlyList<BigInteger> ShapleyWeights()
    {
        EnsureShapley();
        return _shapleyNumerators!;
    }

    /// <summary>
    /// Benefit weights <c>R(N) − r_i</c> as integer numerators over the common denominator <c>P^(n−1)</c>.
    /// </summary>
    public IReadOnlyList<BigInteger> BenefitWeights()
    {
        if (Population is not { } p)
        {
            var total = _reaches.Aggregate(BigInteger.Zero, (sum, r) => sum + r);
            return [.. _reaches.Select(r => total - r)];
        }

        var combined = Combined();
        var scale = _reaches.Length == 0 ? BigInteger.One : BigInteger.Pow(p, _reaches.Length - 1);
        // combined.Denominator divides scale; bring every weight to that denominator.
        var numerator = combined.Numerator * (scale / combined.Denominator);
        return [.. _reaches.Select(r => numerator - (r * scale))];
    }

    private void EnsureShapley()
    {
        if (_shapleyNumerators is not null)
        {
            return;
        }

        var n = _reaches.Length;
        if (Population is not { } p || n == 0)
        {
            _shapleyNumerators = [.. _reaches.Select(r => new BigInteger(r))];
            _shapleyDenominator = BigInteger.One;
            return;
        }

        var lcm = LeastCommonMultipleUpTo(n);
        _shapleyDenominator = BigInteger.Pow(p, n - 1) * lcm;
        if (p <= uint.MaxValue)
        {
            // Same numbers, computed in place on 32-bit limbs: no allocation or reduction in the O(n²) loops.
            _shapleyNumerators = ShapleyKernel.Numerators(_reaches, (uint)p, lcm);
            return;
        }

        // With g_k = Σ_{m≤k} f_m r^(k−m) / P^(k−m+1), the integral Σ_k g_k·lcm/(k+1) equals
        // Σ_d r^d H_d / P^(d+1), where H_d = Σ_m f_m·lcm/(m+d+1) does not depend on r. Scaled by P^n it is the
        // polynomial Σ_d r^d (H_d P^(n−1−d)) in r, evaluated by Horner: n small multiplications per participant.
        var f = ProductCoefficients(p);
        var scaled = ScaledMoments(f, p, lcm, n);
        var scale = BigInteger.Pow(p, n);
        var numerators = new BigInteger[n];
        var cache = new Dictionary<long, BigInteger>();
        for (var i = 0; i < n; i++)
        {
            var r = _reaches[i];
            if (!cache.TryGetValue(r, out var numerator))
            {
                var acc = scaled[n - 1];
                for (var d = n - 2; d >= 0; d--)
                {
                    acc = (acc * r) + scaled[d];
                }

                // acc = P^n × (an integer): dividing it out exactly keeps the weights half as long.
                numerator = r * (acc / scale);
                cache[r] = numerator;
            }

            numerators[i] = numerator;
        }

        _shapleyNumerators = numerators;
    }

    /// <summary>H_d · P^(n−1−d) for d = 0..n−1, where H_d = Σ_{m=0}^{n−1−d} f_m · lcm/(m+d+1).</summary>
    private static BigInteger[] ScaledMoments(BigInteger[] f, long population, BigInteger lcm, int n)
    {
        var integralWeights = new BigInteger[n];
        for (var k = 0; k < n; k++)
        {
            integralWeights[k] = lcm / (k + 1);
        }

        var scaled = new BigInteger[n];
        var power = BigInteger.One;
        for (var d = n - 1; d >= 0; d--)
        {
            var moment = BigInteger.Zero;
            for (var m = 0; m + d < n; m++)
            {
                moment += f[m] * integralWeights[m + d];
            }

            scaled[d] = moment * power;
            power *= population;
        }

        return scaled;
    }

    /// <summary>Coefficients f_0..f_n of F(t) = Π_j (P − r_j t), lowest power first.</summary>
    private BigInteger[] ProductCoefficients(long population)
    {
        var f = new BigInteger[_reaches.Length + 1];
        f[0] = BigInteger.One;
        for (var j = 0; j < _reaches.Length; j++)
        {
            var r = _reaches[j];
            f[j + 1] = -r * f[j];
            for (var k = j; k >= 1; k--)
            {
                f[k] = (population * f[k]) - (r * f[k - 1]);
            }

            f[0] *= population;
        }

        return f;
    }

    private static BigInteger LeastCommonMultipleUpTo(int n)
    {
        var lcm = BigInteger.One;
        for (var k = 2; k <= n; k++)
        {
            lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, k) * k;
        }

        return lcm;
    }
}
