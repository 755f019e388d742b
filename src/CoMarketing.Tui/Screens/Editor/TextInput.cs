using CoMarketing.Tui.Input;
using CoMarketing.Tui.Widgets;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>A one-line text input with its validation (a message or null).</summary>
public sealed record TextInput(string Name, string Label, TextField Input, Func<string, string?> Validate) : IEditorField
{
    public string Value => Input.Text;

    public string? Error => Validate(Input.Text);

    public bool Touched { get; init; }

    public static TextInput Of(string name, string label, string text, Func<string, string?>? validate = null, int maxLength = TextField.DefaultMaxLength) =>
        new(name, label, new TextField(text, maxLength), validate ?? (_ => null));

    public IEditorField Touch() => this with { Touched = true };

    public IEditorField WithValue(string value) => this with { Input = Input.WithText(value) };

    public bool TryHandle(KeyPress key, out IEditorField next)
    {
        var handled = Input.TryHandle(key, out var input);
        next = this with { Input = input };
        return handled;
    }
}
