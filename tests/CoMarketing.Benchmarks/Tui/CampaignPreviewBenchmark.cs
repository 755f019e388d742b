using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CoMarketing.Cli.Planner;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Demo;
using CoMarketing.Core.Finance;
using CoMarketing.Storage;
using CoMarketing.Storage.Demo;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Screens.Campaigns;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Benchmarks.Tui;

/// <summary>
/// The cost editor's live preview after one keystroke: 30 partners × 20 items on the reach rule, every item rebuilt
/// from its typed fields, split with exact Shapley values, summarised and laid out as text (target: at most 16 ms).
/// Run: <c>dotnet run -c Release --project tests/CoMarketing.Benchmarks -- --filter '*CampaignPreview*'</c>.
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
public class CampaignPreviewBenchmark
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comarketing-bench-preview-" + Guid.NewGuid().ToString("N"));
    private CostItemsModel _model = null!;
    private Campaign _campaign = null!;
    private List<Business> _businesses = [];
    private Core.Association.AssociationSettings _settings = null!;
    private int _keystroke;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        var store = Store.Open(Path.Combine(_folder, "bench.db"), TimeProvider.System);
        DemoInstaller.Install(store, DemoAssociation.Build(new DateOnly(2027, 3, 1)), replace: false, Actor.CommandLine, TimeProvider.System);
        var demo = store.Businesses.GetAll();
        var partners = Enumerable.Range(0, 30)
            .Select(i => demo[i % demo.Count])
            .Select((b, i) => store.Businesses.Add(Copy(b, $"{b.Name} {i + 1}"), Actor.CommandLine).Id)
            .ToList();
        var items = Enumerable.Range(1, 20)
            .Select(k => new CostItem($"Mainos {k}", null, Money.FromCents(100_000 + (k * 3_337)), 25.5m, null, SplitRule.Reach));
        var campaign = store.Campaigns.Add(
            new Campaign(0, "Koko kaupunki", new CampaignGoal(CampaignGoalKind.Awareness, 10_000), new DateOnly(2027, 5, 1), new DateOnly(2027, 6, 30), CampaignStatus.Draft, partners, items, [], []),
            Actor.CommandLine);
        (_campaign, _businesses, _settings) = (campaign, [.. partners.Select(id => store.Businesses.Get(id)!)], store.Association.Get());
        _model = new CostItemsModel(new PlannerService(new StoreBackend(store, TimeProvider.System), Session.Coordinator), campaign);
        _model.Selected = 0;
    }

    [Benchmark(Description = "Engine only: CampaignSplit.Split of the same campaign")]
    public int SplitOnly() => CampaignSplit.Split(_campaign, _businesses, _settings).Transfers.Count;

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "Preview recompute, 30 partners × 20 reach items")]
    public int Recompute()
    {
        _model.Current!.Amount = (_keystroke++ % 2 == 0) ? "1 200,50 €" : "1 200,5";
        _model.Changed();
        return PreviewText.Lines(_model).Count;
    }

    /// <summary>In-process (no generated project to build on a shared machine), a short run with the median beside the mean.</summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.Median);
        }
    }

    private static Business Copy(Business b, string name)
        => new(0, name, null, b.Industry, b.Offerings, b.Municipality, b.Catchment, b.CustomerType, b.Contact, b.Notes, false, b.Audience, b.Channels);
}
