using CoMarketing.Tui.Input;

namespace CoMarketing.Tui.Widgets;

/// <summary>Which of several named parts has the focus; Tab moves forward and Shift+Tab back, wrapping around.</summary>
public sealed record FocusRing
{
    public FocusRing(IReadOnlyList<string> names, int index = 0)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0)
        {
            throw new ArgumentException("A focus ring needs at least one part to focus.", nameof(names));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, names.Count);
        Names = names;
        Index = index;
    }

    public IReadOnlyList<string> Names { get; }

    public int Index { get; private init; }

    public string Current => Names[Index];

    public bool IsFocused(string name) => Current == name;

    public FocusRing Next() => this with { Index = (Index + 1) % Names.Count };

    public FocusRing Previous() => this with { Index = (Index + Names.Count - 1) % Names.Count };

    /// <summary>Focuses <paramref name="name"/>; unknown names leave the focus where it is.</summary>
    public FocusRing Focus(string name)
    {
        var index = Names.ToList().IndexOf(name);
        return index < 0 ? this : this with { Index = index };
    }

    /// <summary>Tab and Shift+Tab move the focus; other keys are not the ring's.</summary>
    public bool TryHandle(KeyPress key, out FocusRing next)
    {
        next = key.Is(Key.Tab) ? Next()
            : key.Is(Key.Tab, KeyModifiers.Shift) ? Previous()
            : this;
        return !ReferenceEquals(next, this);
    }
}
