using CoMarketing.Tui.Input;
using CoMarketing.Tui.Widgets;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>
/// Picks one entry of a reference list (an industry, a municipality) by type-to-search: typed text filters the list
/// under the field, ↑/↓ move in it and Enter chooses the highlighted entry.
/// </summary>
public sealed record PickerInput : IEditorField
{
    /// <summary>Rows of the list shown under the focused field.</summary>
    public const int ListRows = 5;

    public PickerInput(string name, string label, IReadOnlyList<PickOption> options, string? chosenKey, string? requiredMessage)
    {
        ArgumentNullException.ThrowIfNull(options);
        Name = name;
        Label = label;
        List = new ListView<PickOption>(options, option => option.SearchText);
        Query = new TextField();
        Chosen = options.FirstOrDefault(option => option.Key == chosenKey);
        RequiredMessage = requiredMessage;
        if (Chosen is not null)
        {
            List = List.SelectWhere(option => option == Chosen, ListRows);
        }
    }

    public string Name { get; }

    public string Label { get; }

    public ListView<PickOption> List { get; private init; }

    public TextField Query { get; private init; }

    public PickOption? Chosen { get; private init; }

    /// <summary>The message when nothing is chosen; null when choosing is optional.</summary>
    public string? RequiredMessage { get; }

    public string Value => Chosen?.Key ?? "";

    public string? Error => Chosen is null ? RequiredMessage : null;

    public bool Touched { get; private init; }

    public IEditorField Touch() => this with { Touched = true };

    public IEditorField WithValue(string value) =>
        this with { Chosen = List.Items.FirstOrDefault(option => option.Key == value) };

    /// <summary>Chooses the entry with <paramref name="key"/>, if the list has one.</summary>
    public PickerInput Choose(string key) => (PickerInput)WithValue(key);

    public bool TryHandle(KeyPress key, out IEditorField next)
    {
        next = Apply(key) ?? this;
        return !ReferenceEquals(next, this);
    }

    private PickerInput? Apply(KeyPress key)
    {
        if (key.Is(Key.Enter))
        {
            return List.SelectedItem is { } highlighted ? this with { Chosen = highlighted, Query = new TextField(), List = Cleared(highlighted) } : null;
        }

        if (key.Key is Key.Up or Key.Down or Key.PageUp or Key.PageDown && key.Modifiers == KeyModifiers.None)
        {
            return List.TryHandle(key, ListRows, out var list) ? this with { List = list } : null;
        }

        if (key.Is(Key.Escape) && Query.Text.Length > 0)
        {
            return this with { Query = new TextField(), List = List.WithFilter("") };
        }

        if (!Query.TryHandle(key, out var query))
        {
            return null;
        }

        return query.Text == Query.Text ? this with { Query = query } : this with { Query = query, List = List.WithFilter(query.Text) };
    }

    private ListView<PickOption> Cleared(PickOption chosen) =>
        List.WithFilter("").SelectWhere(option => option == chosen, ListRows);
}
