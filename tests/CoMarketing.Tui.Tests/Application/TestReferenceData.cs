using CoMarketing.Core.Reference;

namespace CoMarketing.Tui.Tests.Application;

/// <summary>The repository's reference lists (<c>data/*.csv</c>, copied next to the test assembly), parsed once.</summary>
internal static class TestReferenceData
{
    private static readonly Lazy<ReferenceData> Loaded = new(Load);

    public static ReferenceData Instance => Loaded.Value;

    private static ReferenceData Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "data");
        string Read(string name) => File.ReadAllText(Path.Combine(folder, name));
        return ReferenceData.Parse(Read("industries.csv"), Read("municipalities.csv"), Read("interests.csv"), Read("channel-kinds.csv"));
    }
}
