using System.Numerics;
using CoMarketing.Core.Splitting;

namespace CoMarketing.Core.Tests.Splitting;

public sealed class CentSplitterTests
{
    private static BigInteger[] W(params int[] weights) => [.. weights.Select(w => new BigInteger(w))];

    [Theory]
    [InlineData(9500, new[] { 1, 1, 1 }, 0, new long[] { 3167, 3167, 3166 })]
    [InlineData(100, new[] { 1, 2 }, 0, new long[] { 33, 67 })]
    [InlineData(100, new[] { 1, 1, 1 }, 0, new long[] { 34, 33, 33 })]
    [InlineData(100, new[] { 1, 1, 1 }, 1, new long[] { 33, 34, 33 })]
    [InlineData(100, new[] { 1, 1, 1 }, 2, new long[] { 33, 33, 34 })]
    [InlineData(100, new[] { 1, 1, 1 }, 3, new long[] { 34, 33, 33 })]
    [InlineData(9500, new[] { 1, 1, 1 }, 1, new long[] { 3166, 3167, 3167 })]
    [InlineData(1000, new[] { 2, 1, 1 }, 0, new long[] { 500, 250, 250 })]
    [InlineData(7, new[] { 0, 1, 1 }, 0, new long[] { 0, 4, 3 })]
    [InlineData(7, new[] { 0, 1, 1 }, 2, new long[] { 0, 3, 4 })]
    public void Split_Should_Give_Odd_Cents_By_Largest_Remainder_Then_Rotating_Order(
        long total, int[] weights, int tieStart, long[] expected)
    {
        CentSplitter.Split(total, W(weights), tieStart).ShouldBe(expected);
    }

    [Fact]
    public void Split_Should_Prefer_The_Largest_Remainder_Over_The_Tie_Order()
    {
        // Given 0.10 by 1:1:4 → exact 1.666…, 1.666…, 6.666…: all remainders equal two thirds
        // and 0.11 by 3:3:5 → 3, 3, 5: no odd cents at all
        CentSplitter.Split(10, W(1, 1, 4), 2).ShouldBe([2, 1, 7]);
        CentSplitter.Split(11, W(3, 3, 5), 1).ShouldBe([3, 3, 5]);

        // When the remainders differ: 1.00 by 1:3:3 → 14.28…, 42.85…, 42.85…
        CentSplitter.Split(100, W(1, 3, 3), 0).ShouldBe([14, 43, 43]);
    }

    [Fact]
    public void Split_Should_Split_A_Negative_Total_As_Its_Absolute_Value_Negated()
    {
        CentSplitter.Split(-9500, W(1, 1, 1), 0).ShouldBe([-3167, -3167, -3166]);
    }

    [Fact]
    public void Split_Of_Zero_Should_Be_All_Zeros_Even_With_Zero_Weights()
    {
        CentSplitter.Split(0, W(0, 0), 0).ShouldBe([0, 0]);
    }

    [Fact]
    public void Split_Should_Refuse_All_Zero_Or_Negative_Weights()
    {
        Should.Throw<ArgumentException>(() => CentSplitter.Split(100, W(0, 0), 0));
        Should.Throw<ArgumentException>(() => CentSplitter.Split(100, W(1, -1), 0));
    }

    [Fact]
    public void Decimal_Weights_Should_Keep_Their_Exact_Ratios()
    {
        DecimalWeights.ToIntegers([33.33m, 33.34m, 33.33m, 2m]).ShouldBe(W(3333, 3334, 3333, 200));
        DecimalWeights.ToIntegers([1.5m, 0.25m]).ShouldBe(W(150, 25));
    }
}
