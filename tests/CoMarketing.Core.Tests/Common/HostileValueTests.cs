using System.Collections.Immutable;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Tests.Common;

/// <summary>Values that used to pass the input and break another command later are refused where they come in.</summary>
public sealed class HostileValueTests
{
    [Fact]
    public void Age_weights_Whose_Sum_Overflows_Should_Be_Refused_Not_Stored_As_Zeros()
    {
        var act = () => AgeDistribution.Parse("25-34:1e308|35-44:1e308");

        act.ShouldThrow<DomainException>().Message.ShouldContain("at most 1 000 000");
    }

    [Theory]
    [InlineData("１２")]
    [InlineData("٣٤,50")]
    [InlineData("12３")]
    public void Money_Should_Take_Only_Ascii_Digits(string text)
    {
        Money.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain("is not an amount");
    }

    [Theory]
    [InlineData("1000000000.01")]
    [InlineData("-1000000000.01")]
    [InlineData("999999999999999")]
    public void Money_Above_The_Sane_Cap_Should_Be_Refused(string text)
    {
        Money.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain("too large");
    }

    [Fact]
    public void Money_At_The_Cap_Should_Be_Accepted()
        => Money.Parse("1 000 000 000,00").ShouldBe(Limits.MaxAmount);

    [Theory]
    [InlineData(9_223_372_036_854_775_807, 0, 0, 0)]
    [InlineData(1_000_000_001, 0, 0, 0)]
    public void Result_counts_Above_A_Billion_Should_Be_Refused(long reached, long interested, long leads, long customers)
    {
        var act = () => new CampaignResult(1, new DateOnly(2027, 3, 1), ResultPeriod.Month, reached, interested, leads, customers, Money.Zero);

        act.ShouldThrow<DomainException>().Message.ShouldContain("Reached must be between 0 and 1 000 000 000");
    }

    [Theory]
    [InlineData(9999, 12, 31)]
    [InlineData(1999, 12, 31)]
    [InlineData(2101, 1, 1)]
    public void Campaign_dates_Outside_2000_to_2100_Should_Be_Refused(int year, int month, int day)
    {
        var act = () => Campaign(name: "Kesä", end: new DateOnly(year, month, day), start: new DateOnly(Math.Min(year, 2027), 1, 1));

        act.ShouldThrow<DomainException>().Message.ShouldContain("outside the years 2000–2100");
    }

    [Fact]
    public void A_campaign_name_Over_100_Characters_Should_Be_Refused()
    {
        var act = () => Campaign(name: new string('x', 10 * 1024 * 1024));

        act.ShouldThrow<DomainException>().Message.ShouldContain("at most 100 characters");
    }

    [Fact]
    public void A_campaign_With_More_Than_500_Participants_Should_Be_Refused()
    {
        var act = () => Campaign(participants: Enumerable.Range(1, 501).Select(i => (long)i));

        act.ShouldThrow<DomainException>().Message.ShouldContain("at most 500");
    }

    [Fact]
    public void A_cost_item_description_Over_500_Characters_Should_Be_Refused()
    {
        var act = () => new CostItem(new string('d', 501), null, Money.Parse("10.00"), 25.5m, null, Core.Splitting.SplitRule.Equal);

        act.ShouldThrow<DomainException>().Message.ShouldContain("at most 500 characters");
    }

    [Fact]
    public void A_share_weight_That_Overflows_Should_Be_Refused()
    {
        var act = () => new CostItem("Ad", null, Money.Parse("10.00"), 25.5m, null, Core.Splitting.SplitRule.Shares, weights: new Dictionary<long, decimal> { [1] = 9223372036854775808m });

        act.ShouldThrow<DomainException>().Message.ShouldContain("between 0 and 1 000 000");
    }

    [Fact]
    public void The_all_zero_business_id_Should_Be_Refused()
    {
        BusinessId.TryParse("0000000-0", out _, out var error).ShouldBeFalse();
        error.ShouldContain("all zeros");
    }

    [Fact]
    public void Campaign_names_Should_Be_Stored_Normalised()
        => Campaign(name: "  Kevään\u200B   kaupunki\u00A0päivät\t").Name.ShouldBe("Kevään kaupunki päivät");

    private static Campaign Campaign(string name = "Kampanja", DateOnly? start = null, DateOnly? end = null, IEnumerable<long>? participants = null)
        => new(0, name, new CampaignGoal(CampaignGoalKind.Leads, 10), start ?? new DateOnly(2027, 1, 1), end ?? new DateOnly(2027, 2, 1),
            CampaignStatus.Draft, participants ?? [1, 2], ImmutableArray<CostItem>.Empty, [], []);
}
