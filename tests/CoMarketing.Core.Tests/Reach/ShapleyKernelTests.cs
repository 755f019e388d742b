using System.Numerics;
using CoMarketing.Core.Reach;
using FsCheck.Xunit;

namespace CoMarketing.Core.Tests.Reach;

/// <summary>The fast limb-based Shapley values against an independent, plainly written exact formula.</summary>
public sealed class ShapleyKernelTests
{
    [Property(MaxTest = 40)]
    public bool Shapley_Values_Should_Equal_The_Plain_Exact_Formula(byte[] raw, uint population)
    {
        // Given up to 24 participants in an area of any size (reaches capped at it)
        var p = 1 + (population % 3_000_000);
        var reaches = raw.Take(24).Select(b => (long)((b * 7919L) % (p + 1))).ToList();
        var game = new ReachGame(p, reaches);

        // Then every value is r_i · Σ_k (−1)^k e_k(others) / ((k + 1) P^k)
        return Enumerable.Range(0, reaches.Count).All(i => game.ShapleyValue(i) == Plain(p, reaches, i));
    }

    [Fact]
    public void Shapley_Values_Should_Be_Exact_Above_A_32_Bit_Population_Too()
    {
        // Given a population above 2^32 (the big-integer path) and one that fits (the limb path), same proportions
        var big = new ReachGame(6_000_000_000, [3_000_000_000, 1_500_000_000, 600_000_000]);
        var small = new ReachGame(60, [30, 15, 6]);

        // Then the values scale exactly by 10^8
        Enumerable.Range(0, 3).Select(i => big.ShapleyValue(i)).ShouldBe(
            Enumerable.Range(0, 3).Select(i => new Rational(small.ShapleyValue(i).Numerator * 100_000_000, small.ShapleyValue(i).Denominator)));
    }

    private static Rational Plain(long p, IReadOnlyList<long> reaches, int i)
    {
        // e_k of the others by the usual recurrence, then the alternating sum, all as fractions.
        var others = reaches.Where((_, j) => j != i).ToList();
        var e = new BigInteger[others.Count + 1];
        e[0] = 1;
        foreach (var r in others)
        {
            for (var k = others.Count; k >= 1; k--)
            {
                e[k] += e[k - 1] * r;
            }
        }

        var sum = Rational.FromInteger(0);
        for (var k = 0; k < e.Length; k++)
        {
            var term = new Rational(e[k], (k + 1) * BigInteger.Pow(p, k));
            sum = k % 2 == 0 ? sum + term : sum - term;
        }

        return new Rational(sum.Numerator * reaches[i], sum.Denominator);
    }
}
