using System.Collections.Immutable;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Widgets;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>
/// Chooses any number of entries of a list (interests, municipalities served): typed text filters, ↑/↓ move,
/// Space or Enter toggles the highlighted entry.
/// </summary>
public sealed record MultiPickInput : IEditorField
{
    public MultiPickInput(string name, string label, IReadOnlyList<PickOption> options, IEnumerable<string> chosen)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(chosen);
        Name = name;
        Label = label;
        List = new ListView<PickOption>(options, option => option.SearchText);
        Query = new TextField();
        var keys = options.Select(option => option.Key).ToHashSet(StringComparer.Ordinal);
        Chosen = [.. chosen.Where(keys.Contains)];
    }

    public string Name { get; }

    public string Label { get; }

    public ListView<PickOption> List { get; private init; }

    public TextField Query { get; private init; }

    public ImmutableSortedSet<string> Chosen { get; private init; }

    /// <summary>The chosen entries in list order.</summary>
    public IEnumerable<PickOption> ChosenOptions => List.Items.Where(option => Chosen.Contains(option.Key));

    public string Value => string.Join('|', Chosen);

    public string? Error => null;

    public bool Touched { get; private init; }

    public IEditorField Touch() => this with { Touched = true };

    public IEditorField WithValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var keys = List.Items.Select(option => option.Key).ToHashSet(StringComparer.Ordinal);
        return this with { Chosen = [.. value.Split('|', StringSplitOptions.RemoveEmptyEntries).Where(keys.Contains)] };
    }

    /// <summary>Adds or removes <paramref name="key"/>.</summary>
    public MultiPickInput Toggle(string key) => this with { Chosen = Chosen.Contains(key) ? Chosen.Remove(key) : Chosen.Add(key) };

    public bool TryHandle(KeyPress key, out IEditorField next)
    {
        next = Apply(key) ?? this;
        return !ReferenceEquals(next, this);
    }

    private MultiPickInput? Apply(KeyPress key)
    {
        if (key.Is(' ') || key.Is(Key.Enter))
        {
            return List.SelectedItem is { } highlighted ? Toggle(highlighted.Key) : null;
        }

        if (key.Key is Key.Up or Key.Down or Key.PageUp or Key.PageDown && key.Modifiers == KeyModifiers.None)
        {
            return List.TryHandle(key, PickerInput.ListRows, out var list) ? this with { List = list } : null;
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
}
