using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Channels.Advice;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using static CoMarketing.Core.Tests.Channels.Advice.AdviceFixtures;

namespace CoMarketing.Core.Tests.Channels.Advice;

/// <summary>
/// A worked example checked by hand. P = 10 000; both partners' customers are all 45–54 (300 + 100 a month, so not niche,
/// all local, consumers).
/// Own accounts: Facebook 2 000 (ages 45–54: fit 1), Instagram 1 000 (ages 25–34: fit 0).
///   Only-this-account people: Facebook 2 000 × (1 − 0.1) = 1 800, Instagram 1 000 × (1 − 0.2) = 800.
///   In the mix: Facebook adds 2 000 (target 2 000), Instagram 2 000 → 1 000 × 0.8 = 800 (target 0).
///   Misses after them: people 0.8 × 0.9 = 0.72, target 0.8; free reach 10 000 × 0.28 = 2 800.
/// Paid: newspaper 5 000 for 100 € (fit 1, 20 € per thousand), radio 4 000 for 60 € (ages half 45–54: fit 0.5,
/// 15 € per thousand), an event of 3 000 for 50 € (ages 18–24: fit 0, never bought).
///   Budget 200 €. Step 1 per cent: newspaper 5 000 × 0.8 / 10 000 = 0.4, radio 4 000 × 0.5 × 0.8 / 6 000 = 0.267 →
///   newspaper: adds 5 000 × 0.72 = 3 600 people; misses 0.36 and 0.4; 100 € left.
///   Step 2: newspaper again 2 500 × 0.4 / 10 000 = 0.1, radio 2 000 × 0.4 / 6 000 = 0.133 → radio: adds
///   4 000 × 0.36 = 1 440 people; misses 0.216 and 0.32; 40 € left, nothing fits it.
///   Reach 10 000 × 0.784 = 7 840, target reach 10 000 × 0.68 = 6 800, cost 160 €.
/// </summary>
public sealed class ChannelAdvisorWorkedExampleTests
{
    private const int Population = 10_000;

    private static readonly IReadOnlyList<Core.Businesses.Business> Partners =
    [
        Partner(1, "Kahvila", Only(AgeBand.From45To54), 300, Channel(ChannelKind.Facebook, "Kahvilan sivu", 2_000, 0, Only(AgeBand.From45To54))),
        Partner(
            2,
            "Kirjakauppa",
            Only(AgeBand.From45To54),
            100,
            Channel(ChannelKind.Instagram, "@kirjat", 1_000, 0, Only(AgeBand.From25To34)),
            Channel(ChannelKind.LocalNewspaper, "Lehti", 5_000, 10_000, Only(AgeBand.From45To54)),
            Channel(ChannelKind.Radio, "Radio X", 4_000, 6_000, new AgeDistribution([0, 0, 0, 0, 1, 1, 0])),
            Channel(ChannelKind.Event, "Nuorten ilta", 3_000, 5_000, Only(AgeBand.From18To24))),
    ];

    [Fact]
    public void Advise_Should_Count_Own_Accounts_Free_And_Buy_By_New_Target_Reach_Per_Euro()
    {
        // When
        var advice = ChannelAdvisor.Advise(Partners, Population, Profiles, Money.Parse("200.00"));

        // Then
        advice.OwnAccounts.Select(o => (o.Channel.Name, o.People, o.NewPeople)).ShouldBe([("Kahvilan sivu", 2_000L, 1_800L), ("@kirjat", 1_000L, 800L)]);
        advice.FreeReach.ShouldBe(2_800);
        advice.Mix.Select(l => (l.Kind, l.Placements, l.Cost.Cents, l.NewPeople)).ShouldBe(
        [
            (ChannelKind.Facebook, 0, 0L, 2_000L),
            (ChannelKind.Instagram, 0, 0L, 800L),
            (ChannelKind.LocalNewspaper, 1, 10_000L, 3_600L),
            (ChannelKind.Radio, 1, 6_000L, 1_440L),
        ]);
        advice.Reach.ShouldBe(7_840);
        advice.TargetReach.ShouldBe(6_800);
        advice.Cost.ShouldBe(Money.Parse("160.00"));
    }

    [Fact]
    public void Advise_Should_Price_Options_Per_Thousand_And_Never_Buy_One_That_Misses_Everyone()
    {
        // When
        var advice = ChannelAdvisor.Advise(Partners, Population, Profiles, null);

        // Then the newspaper and the radio are bought once each, the event (fit 0) is listed but never bought
        advice.Options.Select(o => (o.Name, o.CostPerThousand.Cents, o.Fit.Fits)).ShouldBe([("Lehti", 2_000L, true), ("Radio X", 1_500L, true), ("Nuorten ilta", 1_667L, false)]);
        advice.Mix.Where(l => !l.IsFree).Select(l => l.Paid!.Name).ShouldBe(["Lehti", "Radio X"]);
        advice.Reach.ShouldBe(7_840);
    }

    [Fact]
    public void Advise_Should_Buy_Only_The_Best_Option_When_The_Budget_Allows_One()
    {
        // When
        var advice = ChannelAdvisor.Advise(Partners, Population, Profiles, Money.Parse("100.00"));

        // Then 10 000 × (1 − 0.72 × 0.5)
        advice.Mix.Single(l => !l.IsFree).Paid!.Name.ShouldBe("Lehti");
        advice.Reach.ShouldBe(6_400);
    }

    [Fact]
    public void Advise_Should_Repeat_A_Placement_With_Diminishing_Returns()
    {
        // Given only the newspaper to buy, 400 € (four placements at most)
        var partner = Partner(1, "Kahvila", Only(AgeBand.From45To54), 300, Channel(ChannelKind.LocalNewspaper, "Lehti", 5_000, 10_000, Only(AgeBand.From45To54)));

        // When
        var advice = ChannelAdvisor.Advise([partner], Population, Profiles, Money.Parse("1000.00"));

        // Then 5 000, 2 500, 1 250 and 625 independent readers: 10 000 × (1 − 0.5 × 0.75 × 0.875 × 0.9375) = 6 924
        var line = advice.Mix.ShouldHaveSingleItem();
        line.Placements.ShouldBe(ChannelAdvisor.MaxPlacements);
        line.Cost.ShouldBe(Money.Parse("400.00"));
        advice.Reach.ShouldBe(6_924);
    }

    [Fact]
    public void Wording_Should_Explain_The_Newspaper_And_Warn_About_TikTok_In_English()
    {
        // Given
        var advice = ChannelAdvisor.Advise(Partners, Population, Profiles, Money.Parse("200.00"));
        var wording = new AdviceWording(Language.English, CultureInfo.GetCultureInfo("en-GB"), Profiles);

        // When
        var reason = wording.Reason(advice.Options[0], advice.Audience);
        var warnings = wording.Warnings(advice);

        // Then
        reason.ShouldBe("Local newspaper (Lehti): 100 % of your combined customers are 45+; reaches about 5 000 people, 20 € per thousand");
        warnings.ShouldContain("TikTok: most of your customers are 45+; only 0 % are under 35");
        wording.Summary(advice).ShouldBe("The mix reaches about 7 800 people (6 800 of them your kind of customer) for 160.00 €; your own accounts alone reach 2 800 people for free.");
    }

    [Fact]
    public void Wording_Should_Explain_In_Finnish_With_Finnish_Numbers()
    {
        // Given a budget with thousands and cents
        var advice = ChannelAdvisor.Advise(Partners, Population, Profiles, Money.Parse("1234.50"));
        var wording = new AdviceWording(Language.Finnish, CultureInfo.GetCultureInfo("fi-FI"), Profiles);

        // When
        var reason = wording.Reason(advice.Options[0], advice.Audience);

        // Then
        reason.ShouldBe("Paikallislehti (Lehti): 100 % yhteisistä asiakkaistanne on 45 vuotta täyttäneitä; tavoittaa noin 5 000 ihmistä, 20 € tuhatta tavoitettua kohden");
        wording.Amount(advice.Budget!.Value).ShouldBe("1\u00a0234,50 €");
        wording.PerThousand(Money.Parse("4.50")).ShouldBe("4,50 €");
        wording.Warnings(advice).ShouldContain("TikTok: suurin osa asiakkaistanne on 45 vuotta täyttäneitä; vain 0 % on alle 35-vuotiaita");
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(994, "990")]
    [InlineData(995, "1 000")]
    [InlineData(8_950, "9 000")]
    [InlineData(123_449, "123 400")]
    public void About_Should_Round_People_To_Tens_Or_Hundreds(long people, string expected)
        => AdviceWording.About(people).ShouldBe(expected);

    [Fact]
    public void Advise_Should_Refuse_A_Negative_Budget_And_A_Partner_Twice()
    {
        Should.Throw<DomainException>(() => ChannelAdvisor.Advise(Partners, Population, Profiles, Money.Parse("-1.00"))).Message.ShouldContain("budget cannot be negative");
        Should.Throw<DomainException>(() => ChannelAdvisor.Advise([Partners[0], Partners[0]], Population, Profiles, null)).Message.ShouldContain("listed twice");
        Should.Throw<DomainException>(() => ChannelAdvisor.Advise([], Population, Profiles, null)).Message.ShouldContain("at least one partner");
    }
}
