using CoMarketing.Core.Audit;
using CoMarketing.Core.Matching.Synthetic;
using CoMarketing.Storage;

namespace CoMarketing.Benchmarks.Tui;

/// <summary>A LiteDB file holding <c>count</c> generated members (seed 7): what the planner's speed and memory are measured on.</summary>
public static class SyntheticDatabase
{
    public static Store Create(string path, int count)
    {
        var store = Store.Open(path, TimeProvider.System);
        var generated = AssociationGenerator.Generate(count, seed: 7);
        store.Businesses.AddRange([.. generated.Businesses.Select(b => b.WithId(0))], Actor.CommandLine);
        return store;
    }
}
