using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using static CoMarketing.Core.Demo.DemoMembers;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Core.Demo;

/// <summary>
/// The demo's three campaigns, dated relative to "today": one finished (with monthly results per participant),
/// one running (today falls inside it) and one draft (starting in two months).
/// </summary>
public static class DemoCampaigns
{
    private const decimal Vat = 25.5m;

    public static IReadOnlyList<Campaign> All(DateOnly today) => [Finished(today), Running(today), Draft(today)];

    /// <summary>"Kevään kaupunkipäivät": three calendar months, ended about two months before today.</summary>
    public static Campaign Finished(DateOnly today)
    {
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-5);
        var end = start.AddMonths(3).AddDays(-1);
        long[] people = [KahvilaAalto, KirjakauppaLukunurkka, KukkakauppaKielo, VaatekauppaPohjantahti];
        CostItem[] items =
        [
            new("Lehti-ilmoitus, Uusi Rovaniemi", ChannelKind.LocalNewspaper, Money.Parse("1200.00"), Vat, null, SplitRule.Equal),
            new("Instagram-mainonta", ChannelKind.Instagram, Money.Parse("600.00"), Vat, null, SplitRule.Reach),
            new("Julisteet ja flyerit", ChannelKind.InStorePrint, Money.Parse("380.00"), Vat, KahvilaAalto, SplitRule.Shares,
                weights: new Dictionary<long, decimal> { [KahvilaAalto] = 2, [KirjakauppaLukunurkka] = 1, [KukkakauppaKielo] = 1, [VaatekauppaPohjantahti] = 1 }),
            new("Kaupungin tapahtumatuki", null, Money.Parse("-200.00"), 0m, null, SplitRule.Equal),
        ];
        PlanEntry[] plan =
        [
            new(start, ChannelKind.LocalNewspaper, "Koko sivun ilmoitus: Kevään kaupunkipäivät alkavat"),
            new(start.AddDays(3), ChannelKind.Instagram, "Yhteispostaus kaikilta neljältä tilillä") { Owner = KahvilaAalto },
            new(start.AddMonths(1), ChannelKind.InStorePrint, "Julisteet näyteikkunoihin"),
            new(start.AddMonths(2).AddDays(10), ChannelKind.Instagram, "Arvonta: lahjakortit kaikkiin liikkeisiin"),
        ];
        var results = people.SelectMany((p, i) => Enumerable.Range(0, 3).Select(m => Result(p, start.AddMonths(m), 2000 + (500 * i) + (300 * m), 3500)));
        return new Campaign(1, "Kevään kaupunkipäivät", new CampaignGoal(CampaignGoalKind.Traffic, 4000), start, end, CampaignStatus.Finished, people, items, plan, results)
        {
            Contingency = new ContingencyPlan(KahvilaAalto, 24, null, "Aino Aalto, 040 123 4567"),
        };
    }

    /// <summary>"Revontulten talvi": started three weeks ago, ends in about six weeks.</summary>
    public static Campaign Running(DateOnly today)
    {
        var start = today.AddDays(-21);
        var end = today.AddDays(39);
        long[] people = [HotelliOunasvaara, RavintolaRevontuli, HuskySafarit, Valokuvaamo];
        CostItem[] items =
        [
            new("Radiomainos, Radio Napapiiri", ChannelKind.Radio, Money.Parse("1800.00"), Vat, null, SplitRule.Benefit),
            new("Facebook- ja Instagram-kampanja", ChannelKind.Facebook, Money.Parse("1000.00"), Vat, HotelliOunasvaara, SplitRule.Percent,
                percents: new Dictionary<long, decimal> { [HotelliOunasvaara] = 40, [RavintolaRevontuli] = 30, [HuskySafarit] = 20, [Valokuvaamo] = 10 }),
            new("Yhteinen kampanjasivu", ChannelKind.Website, Money.Parse("750.00"), Vat, null, SplitRule.Exact,
                amounts: new Dictionary<long, Money> { [HotelliOunasvaara] = Money.Parse("300.00"), [RavintolaRevontuli] = Money.Parse("200.00"), [HuskySafarit] = Money.Parse("150.00") }),
        ];
        PlanEntry[] plan =
        [
            new(start, ChannelKind.Website, "Kampanjasivu julki: revontulipaketit") { Owner = HotelliOunasvaara },
            new(start.AddDays(2), ChannelKind.Radio, "Radiomainokset alkavat (2 viikkoa)"),
            new(today.AddDays(5), ChannelKind.Instagram, "Revontulikuvien kilpailu") { Owner = Valokuvaamo },
            new(end.AddDays(-7), ChannelKind.Facebook, "Viimeisen viikon tarjous") { Owner = RavintolaRevontuli },
        ];
        var results = people.Select((p, i) => Result(p, new DateOnly(start.Year, start.Month, 1), 5000 + (1500 * i), 12000));
        return new Campaign(2, "Revontulten talvi", new CampaignGoal(CampaignGoalKind.NewCustomers, 150), start, end, CampaignStatus.Running, people, items, plan, results)
        {
            Contingency = new ContingencyPlan(HotelliOunasvaara, 4, null, "Sari Kemppainen, 040 812 3344"),
        };
    }

    /// <summary>"Hyvinvoinnin kevät": a draft starting in two months.</summary>
    public static Campaign Draft(DateOnly today)
    {
        var start = today.AddDays(60);
        var end = today.AddDays(120);
        long[] people = [KuntokeskusVoima, FysioterapiaLiike, KauneushoitolaHelmi, UrheiluLappi];
        CostItem[] items =
        [
            new("Hyvinvointipäivä kauppakeskuksessa", ChannelKind.Event, Money.Parse("2400.00"), Vat, null, SplitRule.Shares,
                weights: new Dictionary<long, decimal> { [KuntokeskusVoima] = 2, [FysioterapiaLiike] = 1, [KauneushoitolaHelmi] = 1, [UrheiluLappi] = 2 }),
            new("TikTok-mainonta", ChannelKind.TikTok, Money.Parse("500.00"), Vat, null, SplitRule.Equal, among: [KuntokeskusVoima, KauneushoitolaHelmi]),
            new("Lehti-ilmoitus", ChannelKind.LocalNewspaper, Money.Parse("850.00"), Vat, null, SplitRule.Reach),
        ];
        PlanEntry[] plan =
        [
            new(start, ChannelKind.TikTok, "Haaste: 30 päivän liikuntaputki"),
            new(start.AddDays(14), ChannelKind.Event, "Hyvinvointipäivä: ilmaiset kokeilut"),
        ];
        return new Campaign(3, "Hyvinvoinnin kevät", new CampaignGoal(CampaignGoalKind.Leads, 200), start, end, CampaignStatus.Draft, people, items, plan, []);
    }

    /// <summary>A funnel that narrows 10 : 4 : 3 from the reached count; revenue from new customers × average value.</summary>
    private static CampaignResult Result(long participant, DateOnly periodStart, long reached, long averageValueCents)
    {
        var interested = reached / 10;
        var leads = interested / 4;
        var customers = leads / 3;
        return new CampaignResult(participant, periodStart, ResultPeriod.Month, reached, interested, leads, customers, Money.FromCents(customers * averageValueCents));
    }
}
