using System.Collections.Immutable;
using CoMarketing.Tui.Input;

namespace CoMarketing.Tui.Widgets;

/// <summary>
/// Several <see cref="FormField"/>s with a focus ring and per-field validation messages.
/// </summary>
/// <remarks>
/// Tab/Shift+Tab and ↓/↑ move between fields; editing keys go to the focused field; Enter moves to the next field and,
/// on the last one, submits; Ctrl+S submits from anywhere. A submit shows every field's message and succeeds only
/// when all fields are valid. Esc is left to the screen (which asks before dropping a dirty form).
/// </remarks>
public sealed record Form
{
    public Form(IEnumerable<FormField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Fields = [.. fields];
        Focus = new FocusRing(Fields.Select(field => field.Name).ToArray());
    }

    public ImmutableArray<FormField> Fields { get; private init; }

    public FocusRing Focus { get; private init; }

    /// <summary>True right after a successful submit; any further key clears it.</summary>
    public bool Submitted { get; private init; }

    public FormField Current => Fields[Focus.Index];

    public bool IsValid => Fields.All(f => f.Error is null);

    public bool IsDirty => Fields.Any(f => f.IsDirty);

    public string this[string name] => Field(name).Text;

    public FormField Field(string name) =>
        Fields.FirstOrDefault(field => field.Name == name)
        ?? throw new ArgumentException($"The form has no field named '{name}'.", nameof(name));

    /// <summary>The form with <paramref name="name"/>'s text replaced (e.g. restoring a draft).</summary>
    public Form WithText(string name, string text)
    {
        var index = Fields.IndexOf(Field(name));
        return this with { Fields = Fields.SetItem(index, Fields[index] with { Input = Fields[index].Input.WithText(text) }) };
    }

    public bool TryHandle(KeyPress key, out Form next)
    {
        var form = this with { Submitted = false };
        next = form.Apply(key) ?? this;
        return !ReferenceEquals(next, this);
    }

    private Form? Apply(KeyPress key)
    {
        if (key.IsCtrl('s'))
        {
            return Submit();
        }

        if (key.Is(Key.Enter))
        {
            return Focus.Index == Fields.Length - 1 ? Submit() : MoveFocus(Focus.Next());
        }

        if (key.Is(Key.Down))
        {
            return MoveFocus(Focus.Next());
        }

        if (key.Is(Key.Up))
        {
            return MoveFocus(Focus.Previous());
        }

        if (Focus.TryHandle(key, out var focus))
        {
            return MoveFocus(focus);
        }

        if (Current.Input.TryHandle(key, out var input))
        {
            return this with { Fields = Fields.SetItem(Focus.Index, Current with { Input = input }) };
        }

        return null;
    }

    private Form MoveFocus(FocusRing focus) =>
        this with { Fields = Fields.SetItem(Focus.Index, Current with { Touched = true }), Focus = focus };

    private Form Submit()
    {
        var touched = this with { Fields = [.. Fields.Select(field => field with { Touched = true })] };
        if (!touched.IsValid)
        {
            var firstInvalid = touched.Fields.ToList().FindIndex(field => field.Error is not null);
            return touched with { Focus = touched.Focus.Focus(touched.Fields[firstInvalid].Name) };
        }

        return touched with { Submitted = true };
    }
}
