using BenchmarkDotNet.Attributes;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using CoMarketing.Storage;

namespace CoMarketing.Benchmarks.Storage;

/// <summary>Loading every business of a large association (batched queries, not one per business).</summary>
[MemoryDiagnoser]
public class StoreLoadBenchmarks
{
    private string _folder = string.Empty;
    private Store? _store;

    [Params(10_000)]
    public int Businesses { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "comarketing-bench", Guid.NewGuid().ToString("N"));
        _store = Store.Open(Path.Combine(_folder, "bench.db"), TimeProvider.System);
        var ages = AgeDistribution.Parse("25-34:0.4|35-44:0.4|45-54:0.2");
        var businesses = Enumerable.Range(0, Businesses).Select(i => new Business(
            0,
            $"Yritys {i}",
            null,
            IndustryCode.Parse("5610" + (i % 10)),
            ["kahvi", $"tuote{i % 50}"],
            MunicipalityCode.Parse("698"),
            null,
            CustomerType.Consumers,
            ContactInfo.None,
            null,
            false,
            new Audience(ages, [InterestTag.Parse("ruoka"), InterestTag.Parse($"tag{i % 30}")], [MunicipalityCode.Parse("698")], ActiveMonths.AllYear, 100, false),
            [new Channel(ChannelKind.Instagram, "@x", 1000 + i, 0.03, Money.Zero), new Channel(ChannelKind.Facebook, "fb", 500, 0.02, Money.Parse("50"))]))
            .ToList();
        _store.Businesses.AddRange(businesses, Actor.CommandLine);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int LoadAll() => _store!.Businesses.GetAll().Count;
}
