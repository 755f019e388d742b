using BenchmarkDotNet.Attributes;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels.Advice;
using CoMarketing.Core.Demo;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Reference;

namespace CoMarketing.Benchmarks;

/// <summary>
/// Channel advice for the demo's spring campaign (4 partners) and for all 45 demo members at once, with a budget.
/// Run: <c>dotnet run -c Release --project tests/CoMarketing.Benchmarks -- --filter '*ChannelAdvice*'</c>.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ChannelAdviceBenchmarks
{
    private IReadOnlyList<ChannelProfile> _profiles = [];
    private List<Business> _campaign = [];
    private List<Business> _everyone = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "data", "channel-kinds.csv")))
        {
            folder = folder.Parent;
        }

        _profiles = ReferenceDataParser.ParseChannelProfiles(File.ReadAllText(Path.Combine(folder.FullName, "data", "channel-kinds.csv")));
        _everyone = [.. DemoMembers.All()];
        _campaign = [.. new[] { DemoMembers.KahvilaAalto, DemoMembers.KirjakauppaLukunurkka, DemoMembers.KukkakauppaKielo, DemoMembers.VaatekauppaPohjantahti }
            .Select(id => _everyone.Single(b => b.Id == id))];
    }

    [Benchmark(Description = "Campaign of 4, budget 2 000 €")]
    public long Campaign() => ChannelAdvisor.Advise(_campaign, DemoAssociation.Population, _profiles, Money.Parse("2000")).TargetReach;

    [Benchmark(Description = "All 45 demo members, budget 20 000 €")]
    public long Everyone() => ChannelAdvisor.Advise(_everyone, DemoAssociation.Population, _profiles, Money.Parse("20000")).TargetReach;
}
