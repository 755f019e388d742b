using BenchmarkDotNet.Attributes;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Matching;
using CoMarketing.Core.Matching.Synthetic;

namespace CoMarketing.Benchmarks.Matching;

/// <summary>Building the index from businesses; allocated bytes show its memory (plus build-time garbage).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class IndexBuildBenchmark
{
    private IReadOnlyList<Business> _businesses = null!;
    private IReadOnlyList<PairPreference> _preferences = null!;
    private MatchSettings _settings = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Businesses { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var association = AssociationGenerator.Generate(Businesses, 3);
        (_businesses, _preferences, _settings) = (association.Businesses, association.Preferences, association.Settings);
    }

    [Benchmark(Description = "build index")]
    public MatchIndex Build() => MatchIndex.Build(_businesses, _preferences, _settings);
}
