using CoMarketing.Core.Finance;
using FsCheck.Xunit;

namespace CoMarketing.Core.Tests.Finance;

public sealed class VatRateNetOfGrossTests
{
    [Theory]
    [InlineData(2550, 150600, 120000)]
    [InlineData(2550, 125500, 100000)]
    [InlineData(2400, 124, 100)]
    [InlineData(0, 9999, 9999)]
    [InlineData(2550, -150600, -120000)]
    public void NetOfGross_Should_Find_The_Net_Of_A_Typed_Gross(int basisPoints, long gross, long net)
        => new VatRate(basisPoints).NetOfGross(new Money(gross)).Cents.ShouldBe(net);

    [Property]
    public bool A_Gross_Made_From_A_Net_Should_Give_That_Gross_Back(int cents, byte rate)
    {
        var vat = new VatRate(rate % 101 * 100);
        var gross = new Money(cents) + vat.VatOf(new Money(cents));
        var net = vat.NetOfGross(gross);
        return net + vat.VatOf(net) == gross;
    }

    [Property]
    public bool Any_Gross_Should_Come_Back_Within_A_Cent(int cents)
    {
        var vat = VatRate.Default;
        var net = vat.NetOfGross(new Money(cents));
        return Math.Abs((net + vat.VatOf(net)).Cents - cents) <= 1;
    }
}
