using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Storage.Tests.Infrastructure;

/// <summary>Domain objects with every field filled, for round trips.</summary>
public static class Samples
{
    public static Business Cafe(string name = "Kahvila Äänekäs", string? businessId = "2077474-0") => new(
        0,
        name,
        businessId is null ? null : BusinessId.Parse(businessId),
        IndustryCode.Parse("56101"),
        ["kahvi", "leivokset"],
        MunicipalityCode.Parse("698"),
        new Catchment(new GeoPoint(66.5039, 25.7294), 12.5),
        CustomerType.Both,
        new ContactInfo("Aino Aalto", "aino@kahvila.fi", "+358 40 123 4567"),
        "Avoinna myös sunnuntaisin",
        false,
        new Audience(
            AgeDistribution.Parse("18-24:1|25-34:2|35-44:3|65+:1"),
            [InterestTag.Parse("ruoka"), InterestTag.Parse("families")],
            [MunicipalityCode.Parse("698"), MunicipalityCode.Parse("320")],
            ActiveMonths.Parse("11-2|6-8"),
            850,
            false),
        [
            new Channel(ChannelKind.Instagram, "@kahvila", 8200, 0.035, Money.Parse("0"), AgeDistribution.Parse("18-24:0.3|25-34:0.7")),
            new Channel(ChannelKind.LocalNewspaper, "Lapin Kansa", 25000, 0.01, Money.Parse("450.00")),
        ]);

    public static Business Plain(string name) => new(
        0, name, null, IndustryCode.Parse("4711"), [], MunicipalityCode.Parse("698"), null, CustomerType.Consumers,
        ContactInfo.None, null, false, Audience.Empty, []);

    public static Campaign Campaign(long a, long b) => new(
        0,
        "Joulu yhdessä",
        new CampaignGoal(CampaignGoalKind.NewCustomers, 120.5m),
        new DateOnly(2027, 11, 1),
        new DateOnly(2027, 12, 24),
        CampaignStatus.Running,
        [b, a],
        [
            new CostItem("Lehti-ilmoitus", ChannelKind.LocalNewspaper, Money.Parse("1 200,00"), 25.5m, null, SplitRule.Equal),
            new CostItem("Flyerit", null, Money.Parse("95.01"), 14m, a, SplitRule.Shares, [a, b], new Dictionary<long, decimal> { [a] = 2.5m, [b] = 1m }),
            new CostItem("Radio", ChannelKind.Radio, Money.Parse("300"), 25.5m, b, SplitRule.Percent, percents: new Dictionary<long, decimal> { [a] = 40.25m, [b] = 59.75m }),
            new CostItem("Tapahtuma", ChannelKind.Event, Money.Parse("-50.00"), 0m, null, SplitRule.Exact, amounts: new Dictionary<long, Money> { [a] = Money.Parse("-20.00") }),
        ],
        [new PlanEntry(new DateOnly(2027, 12, 1), ChannelKind.Instagram, "Joulukalenteri alkaa"), new PlanEntry(new DateOnly(2027, 11, 25), ChannelKind.LocalNewspaper, "Black Friday")],
        [new CampaignResult(a, new DateOnly(2027, 11, 1), ResultPeriod.Month, 5000, 400, 60, 12, Money.Parse("1234.56"))]);
}
