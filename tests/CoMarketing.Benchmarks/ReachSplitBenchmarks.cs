using BenchmarkDotNet.Attributes;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Reach;
using CoMarketing.Core.Splitting;

namespace CoMarketing.Benchmarks;

/// <summary>
/// The reach split of one item among 200 participants (target: at most 50 ms), with exact Shapley values.
/// Run: <c>dotnet run -c Release --project tests/CoMarketing.Benchmarks -- --filter '*ReachSplit*'</c>.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ReachSplitBenchmarks
{
    private SplitRequest _request = null!;
    private long[] _reaches = [];

    [Params(50, 200)]
    public int Participants { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Distinct audiences between 100 and 12 000 people in a region of 200 000.
        _reaches = [.. Enumerable.Range(0, Participants).Select(i => 100L + ((i * 7919L) % 11_900))];
        var participants = _reaches.Select((r, i) => new SplitParticipant($"p{i}", $"Business {i}", r)).ToList();
        var item = new CostItem("Regional radio campaign", Money.Parse("24999.99"), VatRate.Default, SplitRule.Reach);
        _request = new SplitRequest(200_000, participants, [item]);
    }

    [Benchmark(Description = "Shapley values only")]
    public int ShapleyWeights() => new ReachGame(200_000, _reaches).ShapleyWeights().Count;

    [Benchmark(Description = "Full split (reach rule, VAT, settlement)")]
    public int ReachSplit() => CostSplitter.Split(_request).Transfers.Count;
}
