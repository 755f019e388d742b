using System.Collections.Immutable;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>Any number of entries of a list (interests, municipalities served); <see cref="Toggle"/> adds or removes one.</summary>
public sealed record MultiPickInput : IEditorField
{
    public MultiPickInput(string name, string label, IReadOnlyList<PickOption> options, IEnumerable<string> chosen)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(chosen);
        Name = name;
        Label = label;
        Options = options;
        var keys = options.Select(option => option.Key).ToHashSet(StringComparer.Ordinal);
        Chosen = [.. chosen.Where(keys.Contains)];
    }

    public string Name { get; }

    public string Label { get; }

    public IReadOnlyList<PickOption> Options { get; }

    public ImmutableSortedSet<string> Chosen { get; private init; }

    /// <summary>The chosen entries in list order.</summary>
    public IEnumerable<PickOption> ChosenOptions => Options.Where(option => Chosen.Contains(option.Key));

    public string Value => string.Join('|', Chosen);

    public string? Error => null;

    public bool Touched { get; private init; }

    public IEditorField Touch() => this with { Touched = true };

    public IEditorField WithValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var keys = Options.Select(option => option.Key).ToHashSet(StringComparer.Ordinal);
        return this with { Chosen = [.. value.Split('|', StringSplitOptions.RemoveEmptyEntries).Where(keys.Contains)] };
    }

    /// <summary>Adds or removes <paramref name="key"/>.</summary>
    public MultiPickInput Toggle(string key) => this with { Chosen = Chosen.Contains(key) ? Chosen.Remove(key) : Chosen.Add(key) };

    /// <summary>The entries matching <paramref name="query"/>, best first; every entry for an empty query.</summary>
    public IReadOnlyList<PickOption> Search(string? query) => PickOption.Search(Options, query);
}
