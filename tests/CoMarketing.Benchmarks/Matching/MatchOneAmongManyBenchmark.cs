using BenchmarkDotNet.Attributes;
using CoMarketing.Core.Matching;
using CoMarketing.Core.Matching.Synthetic;
using CoMarketing.Core.Tests.Matching;

namespace CoMarketing.Benchmarks.Matching;

/// <summary>Top-10 partners for one business among 100 000: the column index against the plain LINQ version.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class MatchOneAmongManyBenchmark
{
    private MatchIndex _index = null!;
    private ReferenceMatcher _naive = null!;
    private int _position;
    private long _id;

    [GlobalSetup]
    public void Setup()
    {
        var association = AssociationGenerator.Generate(100_000, 1);
        _index = MatchIndex.Build(association.Businesses, association.Preferences, association.Settings);
        _naive = new ReferenceMatcher(association.Businesses, association.Preferences, association.Settings);
        _id = association.Businesses.First(b => !b.Archived && b.Municipality.Value == "698").Id;
        _position = _index.IndexOf(_id);
    }

    [Benchmark(Description = "top-10 of 100 000, index")]
    public MatchHit[] Index() => _index.TopMatches(_position, 10);

    [Benchmark(Baseline = true, Description = "top-10 of 100 000, naive LINQ")]
    public IReadOnlyList<(long Id, double Score)> Naive() => _naive.Top(_id, 10);
}
