using CoMarketing.Core.Audiences;
using CoMarketing.Core.Common;
using FsCheck;
using FsCheck.Fluent;

namespace CoMarketing.Core.Tests.Audiences;

public sealed class AgeDistributionTests
{
    [Fact]
    public void Weights_Should_Be_Normalised_To_Sum_To_One()
    {
        var ages = new AgeDistribution([0, 20, 40, 40, 0, 0, 0]);
        ages.Weights.ShouldBe([0, 0.2, 0.4, 0.4, 0, 0, 0], tolerance: 1e-15);
        ages[AgeBand.From25To34].ShouldBe(0.4, 1e-15);
    }

    [Theory]
    [InlineData(new[] { -1.0, 1, 1, 1, 1, 1, 1 }, "0–17 must be zero or more")]
    [InlineData(new[] { 0.0, 0, 0, 0, 0, 0, 0 }, "at least one band with a weight above zero")]
    [InlineData(new[] { 1.0, 1, 1 }, "needs 7 weights")]
    [InlineData(new[] { 1.0, double.NaN, 1, 1, 1, 1, 1 }, "18–24 must be zero or more")]
    public void Invalid_Weights_Should_Be_Refused_In_Words(double[] weights, string reason)
        => Should.Throw<DomainException>(() => new AgeDistribution(weights)).Message.ShouldContain(reason);

    [Theory]
    [InlineData("25-34:0.4|35-44:0.4|45-54:0.2", new[] { 0, 0, 0.4, 0.4, 0.2, 0, 0 })]
    [InlineData("65+:3|0–17:1", new[] { 0.25, 0, 0, 0, 0, 0, 0.75 })]
    [InlineData("18-24:0,5|18-24:0,5", new[] { 0, 1.0, 0, 0, 0, 0, 0 })]
    public void Parse_Should_Read_Bands_And_Normalise(string text, double[] expected)
        => AgeDistribution.Parse(text).Weights.ShouldBe(expected, tolerance: 1e-12);

    [Theory]
    [InlineData("", "empty")]
    [InlineData("25-34", "must look like 25-34:0.4")]
    [InlineData("25-34:x", "must look like 25-34:0.4")]
    [InlineData("20-30:1", "Unknown age band '20-30'")]
    [InlineData("25-34:-1", "must be zero or more")]
    public void Parse_Should_Refuse_Bad_Text(string text, string reason)
        => Should.Throw<DomainException>(() => AgeDistribution.Parse(text)).Message.ShouldContain(reason);

    [Fact]
    public void Similarity_Should_Be_One_For_Equal_And_Zero_For_Disjoint()
    {
        AgeDistribution.Uniform.Similarity(AgeDistribution.Uniform).ShouldBe(1, 1e-12);
        AgeDistribution.Parse("18-24:1").Similarity(AgeDistribution.Parse("65+:1")).ShouldBe(0);
    }

    [Fact]
    public void Normalising_Should_Be_Idempotent_So_A_Stored_Distribution_Reads_Back_Equal()
    {
        Prop.ForAll(
            Gen.Choose(0, 1000).ArrayOf(AgeBands.Count).Where(a => a.Sum() > 0).ToArbitrary(),
            raw =>
            {
                var once = new AgeDistribution([.. raw.Select(x => (double)x)]);
                var twice = new AgeDistribution(once.Weights);
                return twice.Equals(once) && Math.Abs(once.Weights.Sum() - 1) <= 1e-12;
            }).QuickCheckThrowOnFailure();
    }
}
