namespace CoMarketing.Tui.Screens.Editor;

/// <summary>A one-line text input with its validation (a message or null) and its longest length.</summary>
public sealed record TextInput(string Name, string Label, string Text, Func<string, string?> Validate, int MaxLength) : IEditorField
{
    public const int DefaultMaxLength = 200;

    public string Value => Text;

    public string? Error => Validate(Text);

    public bool Touched { get; init; }

    public static TextInput Of(string name, string label, string text, Func<string, string?>? validate = null, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(name, label, text.Length > maxLength ? text[..maxLength] : text, validate ?? (_ => null), maxLength);
    }

    public IEditorField Touch() => this with { Touched = true };

    public IEditorField WithValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return this with { Text = value.Length > MaxLength ? value[..MaxLength] : value };
    }
}
