namespace CoMarketing.Tui.Widgets;

/// <summary>
/// One labelled input of a <see cref="Form"/>. <paramref name="Validate"/> returns a message a person can act on, or
/// null when the text is fine. The message shows once the field was left or a submit was tried.
/// </summary>
public sealed record FormField(string Name, string Label, TextField Input, Func<string, string?> Validate)
{
    /// <summary>The text the field started with, to tell whether it was changed.</summary>
    public string Original { get; init; } = Input.Text;

    public bool Touched { get; init; }

    public string Text => Input.Text;

    public string? Error => Validate(Input.Text);

    /// <summary>The message to show now: the error once the field was touched.</summary>
    public string? Message => Touched ? Error : null;

    public bool IsDirty => Input.Text != Original;

    /// <summary>A field that accepts anything.</summary>
    public static FormField Of(string name, string label, string text = "", int maxLength = TextField.DefaultMaxLength) =>
        new(name, label, new TextField(text, maxLength), _ => null);
}
