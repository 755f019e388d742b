using System.Collections.Immutable;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>The fields of one editor section (or one form), by name.</summary>
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

    public bool IsValid => Fields.All(f => f.Error is null);

    /// <summary>The first field with a message, or null.</summary>
    public IEditorField? FirstInvalid => Fields.FirstOrDefault(f => f.Error is not null);

    /// <summary>The messages of the touched fields, "label: message", in field order.</summary>
    public IEnumerable<string> ShownErrors => Fields.Where(f => f.Touched && f.Error is not null).Select(f => $"{f.Label}: {f.Error}");

    public IEditorField this[string name] =>
        Fields.FirstOrDefault(field => field.Name == name) ?? throw new ArgumentException($"No field named '{name}'.", nameof(name));

    public bool Has(string name) => Fields.Any(field => field.Name == name);

    public T Get<T>(string name)
        where T : IEditorField => (T)this[name];

    /// <summary>The group with <paramref name="field"/> in place of the field of the same name.</summary>
    public FieldGroup With(IEditorField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var index = Fields.ToList().FindIndex(f => f.Name == field.Name);
        return index < 0 ? this : this with { Fields = Fields.SetItem(index, field) };
    }

    /// <summary>The group with the field <paramref name="name"/> holding <paramref name="value"/>.</summary>
    public FieldGroup Set(string name, string value) => With(this[name].WithValue(value));

    /// <summary>The group with the field <paramref name="name"/> marked as left (its message shows).</summary>
    public FieldGroup Touch(string name) => With(this[name].Touch());

    /// <summary>Every field touched, so every message shows.</summary>
    public FieldGroup TouchAll() => this with { Fields = [.. Fields.Select(field => field.Touch())] };
}
