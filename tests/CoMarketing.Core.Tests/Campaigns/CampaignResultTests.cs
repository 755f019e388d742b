using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Tests.Campaigns;

public sealed class CampaignResultTests
{
    private static readonly DateOnly Week = new(2027, 1, 4);

    [Theory]
    [InlineData(1000, 100, 10, 1)]
    [InlineData(0, 0, 0, 0)]
    [InlineData(5, 5, 5, 5)]
    public void A_Narrowing_Funnel_Should_Be_Accepted(long reached, long interested, long leads, long customers)
    {
        var result = new CampaignResult(1, Week, ResultPeriod.Week, reached, interested, leads, customers, Money.Parse("10.00"));
        (result.Reached, result.Interested, result.Leads, result.NewCustomers).ShouldBe((reached, interested, leads, customers));
    }

    [Theory]
    [InlineData(10, 20, 0, 0, "narrow down the funnel")]
    [InlineData(10, 5, 6, 0, "narrow down the funnel")]
    [InlineData(10, 5, 2, 3, "narrow down the funnel")]
    [InlineData(-1, 0, 0, 0, "cannot be negative")]
    public void A_Widening_Or_Negative_Funnel_Should_Be_Refused(long reached, long interested, long leads, long customers, string reason)
        => Should.Throw<DomainException>(() => new CampaignResult(1, Week, ResultPeriod.Month, reached, interested, leads, customers, Money.Zero))
            .Message.ShouldContain(reason);

    [Fact]
    public void Negative_Revenue_Should_Be_Refused()
        => Should.Throw<DomainException>(() => new CampaignResult(1, Week, ResultPeriod.Quarter, 1, 1, 1, 1, Money.Parse("-1.00")))
            .Message.ShouldContain("Revenue cannot be negative");
}
