using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Tests.Channels;

public sealed class ChannelTests
{
    [Fact]
    public void A_Channel_Without_A_Name_Should_Be_Named_After_Its_Kind()
        => new Channel(ChannelKind.LocalNewspaper, "  ", 12000, 0.01, Money.Zero).Name.ShouldBe("newspaper");

    [Theory]
    [InlineData(-1, 0.1, 0, "audience size must be zero or more")]
    [InlineData(100, 1.5, 0, "between 0 and 100 %")]
    [InlineData(100, -0.1, 0, "between 0 and 100 %")]
    [InlineData(100, 0.1, -1, "cannot be negative")]
    public void Invalid_Figures_Should_Be_Refused_In_Words(int size, double engagement, long costCents, string reason)
        => Should.Throw<DomainException>(() => new Channel(ChannelKind.Instagram, "@x", size, engagement, Money.FromCents(costCents)))
            .Message.ShouldContain(reason);

    [Fact]
    public void An_Unknown_Kind_Should_Be_Refused()
        => Should.Throw<DomainException>(() => new Channel((ChannelKind)99, "x", 1, 0, Money.Zero));

    [Theory]
    [InlineData("instagram", ChannelKind.Instagram)]
    [InlineData("IG", ChannelKind.Instagram)]
    [InlineData("newspaper", ChannelKind.LocalNewspaper)]
    [InlineData("Search Ads", ChannelKind.SearchAds)]
    [InlineData("twitter", ChannelKind.X)]
    public void Kinds_Should_Parse_From_Short_Names_And_Aliases(string text, ChannelKind expected)
        => ChannelKinds.Parse(text).ShouldBe(expected);

    [Fact]
    public void Every_Short_Name_Should_Parse_Back_To_Its_Kind()
        => Enum.GetValues<ChannelKind>().ShouldAllBe(k => ChannelKinds.Parse(ChannelKinds.ShortName(k)) == k);

    [Fact]
    public void An_Unknown_Kind_Name_Should_List_The_Known_Ones()
        => Should.Throw<DomainException>(() => ChannelKinds.Parse("myspace")).Message.ShouldContain("instagram");
}
