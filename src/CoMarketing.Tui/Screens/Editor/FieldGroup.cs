using System.Collections.Immutable;
using CoMarketing.Tui.Input;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>
/// The fields of one editor section and which has the focus. Tab/Shift+Tab always move the focus; ↑/↓ (and Enter)
/// move it when the focused field does not use them itself (a picker's list does).
/// </summary>
public sealed record FieldGroup
{
    public FieldGroup(IEnumerable<IEditorField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Fields = [.. fields];
        if (Fields.Length == 0)
        {
            throw new ArgumentException("A field group needs at least one field.", nameof(fields));
        }
    }

    public ImmutableArray<IEditorField> Fields { get; private init; }

    public int Focus { get; private init; }

    public IEditorField Current => Fields[Focus];

    public bool IsValid => Fields.All(f => f.Error is null);

    public IEditorField this[string name] =>
        Fields.FirstOrDefault(field => field.Name == name) ?? throw new ArgumentException($"No field named '{name}'.", nameof(name));

    public T Get<T>(string name)
        where T : IEditorField => (T)this[name];

    /// <summary>The group with <paramref name="field"/> in place of the field of the same name.</summary>
    public FieldGroup With(IEditorField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var index = IndexOf(field.Name);
        return index < 0 ? this : this with { Fields = Fields.SetItem(index, field) };
    }

    public FieldGroup FocusOn(string name)
    {
        var index = IndexOf(name);
        return index < 0 ? this : this with { Focus = index };
    }

    /// <summary>Every field touched, so every message shows; focus on the first invalid field.</summary>
    public FieldGroup TouchAll()
    {
        var touched = this with { Fields = [.. Fields.Select(field => field.Touch())] };
        var firstInvalid = touched.Fields.ToList().FindIndex(field => field.Error is not null);
        return firstInvalid < 0 ? touched : touched with { Focus = firstInvalid };
    }

    public bool TryHandle(KeyPress key, out FieldGroup next)
    {
        next = Apply(key) ?? this;
        return !ReferenceEquals(next, this);
    }

    private FieldGroup? Apply(KeyPress key)
    {
        if (key.Is(Key.Tab))
        {
            return Move(1);
        }

        if (key.Is(Key.Tab, KeyModifiers.Shift))
        {
            return Move(-1);
        }

        if (Current.TryHandle(key, out var field))
        {
            return this with { Fields = Fields.SetItem(Focus, field) };
        }

        return key switch
        {
            _ when key.Is(Key.Down) || key.Is(Key.Enter) => Move(1),
            _ when key.Is(Key.Up) => Move(-1),
            _ => null,
        };
    }

    private FieldGroup Move(int step) =>
        this with { Fields = Fields.SetItem(Focus, Current.Touch()), Focus = (Focus + step + Fields.Length) % Fields.Length };

    private int IndexOf(string name) => Fields.ToList().FindIndex(field => field.Name == name);
}
