using System.Collections.Immutable;
using System.Globalization;
using CoMarketing.Tui.Input;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>One of a few options (customer type, channel kind, yes/no): ←/→ or Space cycle through them.</summary>
public sealed record ChoiceInput(string Name, string Label, ImmutableArray<string> Options, int Index) : IEditorField
{
    public string Value => Index.ToString(CultureInfo.InvariantCulture);

    public string Selected => Options[Index];

    public string? Error => null;

    public bool Touched { get; init; }

    public IEditorField Touch() => this with { Touched = true };

    public IEditorField WithValue(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < Options.Length ? this with { Index = index } : this;

    public bool TryHandle(KeyPress key, out IEditorField next)
    {
        var step = key.Is(Key.Right) || key.Is(' ') ? 1 : key.Is(Key.Left) ? -1 : 0;
        next = step == 0 ? this : this with { Index = (Index + step + Options.Length) % Options.Length };
        return step != 0;
    }
}
