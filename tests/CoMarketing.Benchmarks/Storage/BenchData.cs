using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;

namespace CoMarketing.Benchmarks.Storage;

/// <summary>Businesses shaped like a real member: offerings, an audience with interests, two channels.</summary>
public static class BenchData
{
    private static readonly AgeDistribution Ages = AgeDistribution.Parse("25-34:0.4|35-44:0.4|45-54:0.2");

    public static Business Business(string name, int i) => new(
        0,
        name,
        null,
        IndustryCode.Parse("5610" + (i % 10)),
        ["kahvi", $"tuote{i % 50}"],
        MunicipalityCode.Parse("698"),
        null,
        CustomerType.Consumers,
        ContactInfo.None,
        null,
        false,
        new Audience(Ages, [InterestTag.Parse("ruoka"), InterestTag.Parse($"tag{i % 30}")], [MunicipalityCode.Parse("698")], ActiveMonths.AllYear, 100, false),
        [new Channel(ChannelKind.Instagram, "@x", 1000 + i, 0.03, Money.Zero), new Channel(ChannelKind.Facebook, "fb", 500, 0.02, Money.Parse("50"))]);

    public static List<Business> Many(string prefix, int count) => [.. Enumerable.Range(0, count).Select(i => Business($"{prefix} {i}", i))];
}
