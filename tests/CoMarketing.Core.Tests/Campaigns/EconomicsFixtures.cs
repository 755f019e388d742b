using CoMarketing.Core.Association;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Core.Tests.Campaigns;

/// <summary>Businesses and campaigns with round numbers, for the economics tests.</summary>
internal static class EconomicsFixtures
{
    public static AssociationSettings Settings { get; } = new("Testiyhdistys", "EUR", 25.5m, Language.Finnish, 60000, false, 3);

    public static Business Business(long id, string name, params int[] audiences) => new(
        id, name, null, IndustryCode.Parse("4711"), [], MunicipalityCode.Parse("698"), null, CustomerType.Consumers,
        ContactInfo.None, null, false, Audience.Empty,
        [.. audiences.Select(a => new Channel(ChannelKind.Instagram, null, a, 0.02, Money.Zero))]);

    public static CostItem Item(string net, SplitRule rule, long? paidBy = null, decimal vat = 25.5m, long[]? among = null)
        => new("Item", null, Money.Parse(net), vat, paidBy, rule, among);

    public static Campaign Campaign(long[] participants, CostItem[] items, CampaignResult[]? results = null, CampaignStatus status = CampaignStatus.Finished, DateOnly? start = null, DateOnly? end = null)
        => new(7, "Kesä", new CampaignGoal(CampaignGoalKind.Sales, 1000), start ?? new DateOnly(2027, 1, 1), end ?? new DateOnly(2027, 3, 31), status, participants, items, [], results ?? []);

    public static CampaignResult Result(long participant, string periodStart, long reached, long interested, long leads, long customers, string revenue, ResultPeriod period = ResultPeriod.Month)
        => new(participant, DateOnly.Parse(periodStart, System.Globalization.CultureInfo.InvariantCulture), period, reached, interested, leads, customers, Money.Parse(revenue));
}
