namespace CoMarketing.Tui.Screens.Editor;

/// <summary>
/// One input of the business editor or the registration form: a text, a choice, a pick from a reference list, a
/// multi-select or month toggles. Immutable plain state; the Terminal.Gui views edit it and put the result back.
/// </summary>
public interface IEditorField
{
    string Name { get; }

    string Label { get; }

    /// <summary>The field's value as text (a draft keeps it, a dirty check compares it).</summary>
    string Value { get; }

    /// <summary>A message a person can act on, or null when the value is fine.</summary>
    string? Error { get; }

    /// <summary>True once the field was left or a save was tried: only then does its message show.</summary>
    bool Touched { get; }

    IEditorField Touch();

    /// <summary>The field holding <paramref name="value"/> as produced by <see cref="Value"/> (typing, restoring a draft).</summary>
    IEditorField WithValue(string value);
}
