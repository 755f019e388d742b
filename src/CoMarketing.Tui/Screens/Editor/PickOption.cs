namespace CoMarketing.Tui.Screens.Editor;

/// <summary>An entry of a reference list in a picker: its key (a code or a tag) and what people read.</summary>
public sealed record PickOption(string Key, string Label)
{
    /// <summary>What type-to-search looks in: the key and the label.</summary>
    public string SearchText => $"{Key} {Label}";

    /// <summary>"56101 Restaurants" or, when the key is the label itself (a free tag), just the label.</summary>
    public string Display => Key == Label ? Label : $"{Label} ({Key})";
}
