using BenchmarkDotNet.Attributes;
using CoMarketing.Core.Matching;
using CoMarketing.Core.Matching.Synthetic;

namespace CoMarketing.Benchmarks.Matching;

/// <summary>Every member's top-10 in a 10 000-member federation (parallel over the machine's cores).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class FederationBenchmark
{
    private MatchIndex _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        var association = AssociationGenerator.Generate(10_000, 2);
        _index = MatchIndex.Build(association.Businesses, association.Preferences, association.Settings);
    }

    [Benchmark(Description = "every member's top-10 of 10 000")]
    public MatchHit[][] AllMembers() => _index.TopMatchesForAll(10);
}
