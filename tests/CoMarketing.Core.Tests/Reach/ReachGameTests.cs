using System.Numerics;
using CoMarketing.Core.Common;
using CoMarketing.Core.Reach;
using FsCheck.Xunit;

namespace CoMarketing.Core.Tests.Reach;

public sealed class ReachGameTests
{
    [Fact]
    public void Combined_Reach_Should_Follow_The_Sainsbury_Model()
    {
        // Given 30 %, 40 % and 20 % of a million: 1 − 0.7 × 0.6 × 0.8 = 0.664
        var game = new ReachGame(1_000_000, [300_000, 400_000, 200_000]);

        // Then
        game.Combined().ShouldBe(Rational.FromInteger(664_000));
        game.NewReach(0).RoundToWhole().ShouldBe(364_000);
    }

    [Fact]
    public void Shapley_Values_Should_Match_The_Worked_Example()
    {
        var game = new ReachGame(1_000_000, [300_000, 400_000, 200_000]);
        Enumerable.Range(0, 3).Select(i => game.ShapleyValue(i)).ShouldBe(
            [Rational.FromInteger(218_000), Rational.FromInteger(308_000), Rational.FromInteger(138_000)]);
    }

    [Fact]
    public void Reach_Above_The_Population_Should_Be_Capped()
    {
        var game = new ReachGame(1000, [5000, 500]);
        game.OwnReach(0).ShouldBe(1000);
        game.Combined().ShouldBe(Rational.FromInteger(1000));
        game.ShapleyValue(1).ShouldBe(Rational.FromInteger(250));
    }

    [Fact]
    public void Without_A_Population_Audiences_Should_Not_Overlap()
    {
        var game = new ReachGame(null, [100, 250]);
        game.Combined().ShouldBe(Rational.FromInteger(350));
        game.ShapleyValue(1).ShouldBe(Rational.FromInteger(250));
        game.BenefitWeights().ShouldBe([new BigInteger(250), new BigInteger(100)]);
    }

    [Fact]
    public void Bad_Inputs_Should_Be_Refused()
    {
        Should.Throw<DomainException>(() => new ReachGame(0, [1]));
        Should.Throw<DomainException>(() => new ReachGame(10, [-1]));
    }

    [Fact]
    public void Shapley_Values_Of_Hundreds_Of_Participants_Should_Sum_Exactly_To_The_Combined_Reach()
    {
        // Given 300 participants with different audiences in a town of 60 000
        var reaches = Enumerable.Range(1, 300).Select(i => (long)((i * 7919) % 6000)).ToList();
        var game = new ReachGame(60_000, reaches);

        // When
        var sum = Enumerable.Range(0, 300).Aggregate(Rational.FromInteger(0), (s, i) => s + game.ShapleyValue(i));

        // Then
        sum.ShouldBe(game.Combined());
    }

    [Property(MaxTest = 60)]
    public bool Shapley_Values_Should_Equal_The_Coalition_Enumeration(byte[] raw, ushort population)
    {
        // Given up to 7 participants: small enough to enumerate every coalition
        var p = 1 + (population % 5000);
        var reaches = raw.Take(7).Select(b => (long)(b * 37 % (p + 1))).ToList();
        var game = new ReachGame(p, reaches);

        // Then
        return Enumerable.Range(0, reaches.Count).All(i => game.ShapleyValue(i) == BruteForceShapley(p, reaches, i));
    }

    [Property(MaxTest = 100)]
    public bool Shapley_Values_Should_Sum_To_The_Combined_Reach(byte[] raw, ushort population)
    {
        var p = 1 + (population % 10_000);
        var reaches = raw.Take(40).Select(b => (long)(b * 131 % (p + 1))).ToList();
        var game = new ReachGame(p, reaches);
        var sum = Enumerable.Range(0, reaches.Count).Aggregate(Rational.FromInteger(0), (s, i) => s + game.ShapleyValue(i));
        return sum == game.Combined();
    }

    private static Rational BruteForceShapley(long population, List<long> reaches, int player)
    {
        var n = reaches.Count;
        var others = Enumerable.Range(0, n).Where(j => j != player).ToList();
        var total = Rational.FromInteger(0);
        for (var mask = 0; mask < 1 << others.Count; mask++)
        {
            var coalition = others.Where((_, bit) => (mask & (1 << bit)) != 0).ToList();
            var with = new ReachGame(population, coalition.Append(player).Select(j => reaches[j])).Combined();
            var without = new ReachGame(population, coalition.Select(j => reaches[j])).Combined();
            var weight = new Rational(Factorial(coalition.Count) * Factorial(n - coalition.Count - 1), Factorial(n));
            var gain = with - without;
            total += new Rational(weight.Numerator * gain.Numerator, weight.Denominator * gain.Denominator);
        }

        return total;
    }

    private static BigInteger Factorial(int n) => Enumerable.Range(1, n).Aggregate(BigInteger.One, (f, k) => f * k);
}
