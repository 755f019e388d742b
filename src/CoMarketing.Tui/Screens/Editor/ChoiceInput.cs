using System.Collections.Immutable;
using System.Globalization;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>One of a few options (customer type, channel kind, yes/no); <see cref="Step"/> cycles through them.</summary>
public sealed record ChoiceInput(string Name, string Label, ImmutableArray<string> Options, int Index) : IEditorField
{
    public string Value => Index.ToString(CultureInfo.InvariantCulture);

    public string Selected => Options[Index];

    public string? Error => null;

    public bool Touched { get; init; }

    public IEditorField Touch() => this with { Touched = true };

    public IEditorField WithValue(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < Options.Length ? this with { Index = index } : this;

    /// <summary>The next (<paramref name="step"/> 1) or previous (-1) option, wrapping round.</summary>
    public ChoiceInput Step(int step) => this with { Index = ((Index + step) % Options.Length + Options.Length) % Options.Length };
}
