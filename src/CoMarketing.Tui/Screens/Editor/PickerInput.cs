using CoMarketing.Core.Reference;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>
/// One entry chosen from a reference list (an industry, a municipality). <see cref="Search"/> gives the entries matching
/// typed text (Finnish or English, any case or form; see <see cref="NameSearch"/>), best first.
/// </summary>
public sealed record PickerInput : IEditorField
{
    public PickerInput(string name, string label, IReadOnlyList<PickOption> options, string? chosenKey, string? requiredMessage)
    {
        ArgumentNullException.ThrowIfNull(options);
        Name = name;
        Label = label;
        Options = options;
        Chosen = options.FirstOrDefault(option => option.Key == chosenKey);
        RequiredMessage = requiredMessage;
    }

    public string Name { get; }

    public string Label { get; }

    public IReadOnlyList<PickOption> Options { get; }

    public PickOption? Chosen { get; private init; }

    /// <summary>The message when nothing is chosen; null when choosing is optional.</summary>
    public string? RequiredMessage { get; }

    public string Value => Chosen?.Key ?? "";

    public string? Error => Chosen is null ? RequiredMessage : null;

    public bool Touched { get; private init; }

    public IEditorField Touch() => this with { Touched = true };

    public IEditorField WithValue(string value) =>
        this with { Chosen = Options.FirstOrDefault(option => option.Key == value) };

    /// <summary>Chooses the entry with <paramref name="key"/>, if the list has one.</summary>
    public PickerInput Choose(string key) => (PickerInput)WithValue(key);

    /// <summary>The entries matching <paramref name="query"/>, best first; every entry for an empty query.</summary>
    public IReadOnlyList<PickOption> Search(string? query) => PickOption.Search(Options, query);
}
