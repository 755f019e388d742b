using CoMarketing.Core.Reference;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>An entry of a reference list in a picker: its key (a code or a tag), what people read, and other names it has.</summary>
/// <param name="Key">The code or tag stored.</param>
/// <param name="Label">The name in the planner's language.</param>
/// <param name="OtherNames">Names in the other language, found by search but not shown ("" when none).</param>
public sealed record PickOption(string Key, string Label, string OtherNames = "")
{
    /// <summary>What search looks in: the key, the label and the other names.</summary>
    public string SearchText => $"{Key} {Label} {OtherNames}";

    /// <summary>"Restaurants (56101)" or, when the key is the label itself (a free tag), just the label.</summary>
    public string Display => Key == Label ? Label : $"{Label} ({Key})";

    /// <summary>The options matching <paramref name="query"/> (see <see cref="NameSearch"/>), best first.</summary>
    public static IReadOnlyList<PickOption> Search(IReadOnlyList<PickOption> options, string? query)
    {
        ArgumentNullException.ThrowIfNull(options);
        return NameSearch.Search(options, option => option.SearchText, query);
    }
}
