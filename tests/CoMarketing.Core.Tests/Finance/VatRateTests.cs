using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Tests.Finance;

public sealed class VatRateTests
{
    [Theory]
    [InlineData("25.5", 2550)]
    [InlineData("25,5", 2550)]
    [InlineData("24", 2400)]
    [InlineData("10.25", 1025)]
    [InlineData("0", 0)]
    [InlineData("100", 10000)]
    [InlineData(" 14 % ", 1400)]
    public void Parse_Should_Accept_Point_Or_Comma_With_Up_To_Two_Decimals(string text, int basisPoints)
    {
        VatRate.Parse(text).BasisPoints.ShouldBe(basisPoints);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("abc", "not a VAT rate")]
    [InlineData("25.555", "more than two decimals")]
    [InlineData("100.01", "between 0 and 100")]
    [InlineData("-1", "not a VAT rate")]
    [InlineData("1.2.3", "not a VAT rate")]
    public void Parse_Should_Refuse_Anything_Else_With_A_Message(string text, string expected)
    {
        VatRate.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain(expected);
        Should.Throw<DomainException>(() => VatRate.Parse(text));
    }

    [Fact]
    public void Default_Should_Be_The_Finnish_General_Rate()
    {
        VatRate.Default.BasisPoints.ShouldBe(2550);
        VatRate.Default.ToString().ShouldBe("25.5");
    }

    [Theory]
    [InlineData(120000, 2550, 30600)]
    [InlineData(9500, 2550, 2423)] // 24.225 rounds half away from zero
    [InlineData(-9500, 2550, -2423)]
    [InlineData(1, 2550, 0)]
    [InlineData(2, 2550, 1)] // 0.51 cents
    [InlineData(100, 1400, 14)]
    [InlineData(0, 2550, 0)]
    public void VatOf_Should_Round_Half_Away_From_Zero_To_The_Cent(long netCents, int basisPoints, long vatCents)
    {
        new VatRate(basisPoints).VatOf(new Money(netCents)).Cents.ShouldBe(vatCents);
    }

    [Fact]
    public void Constructor_Should_Refuse_A_Rate_Above_100()
    {
        Should.Throw<DomainException>(() => new VatRate(10001)).Message.ShouldContain("between 0 and 100");
    }
}
