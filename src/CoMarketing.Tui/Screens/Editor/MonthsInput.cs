using System.Globalization;
using CoMarketing.Tui.Input;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>Twelve month toggles: ←/→ move between months, Space toggles the month under the cursor.</summary>
public sealed record MonthsInput(string Name, string Label, int Mask, string RequiredMessage) : IEditorField
{
    /// <summary>The month under the cursor, 1–12.</summary>
    public int Cursor { get; init; } = 1;

    public string Value => Mask.ToString(CultureInfo.InvariantCulture);

    public string? Error => (Mask & 0xFFF) == 0 ? RequiredMessage : null;

    public bool Touched { get; init; }

    public bool IsActive(int month) => (Mask & (1 << (month - 1))) != 0;

    public IEditorField Touch() => this with { Touched = true };

    public IEditorField WithValue(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var mask) ? this with { Mask = mask & 0xFFF } : this;

    public bool TryHandle(KeyPress key, out IEditorField next)
    {
        next = key switch
        {
            _ when key.Is(Key.Left) => this with { Cursor = Cursor == 1 ? 12 : Cursor - 1 },
            _ when key.Is(Key.Right) => this with { Cursor = Cursor == 12 ? 1 : Cursor + 1 },
            _ when key.Is(' ') || key.Is(Key.Enter) => this with { Mask = Mask ^ (1 << (Cursor - 1)) },
            _ when key.Is('a') => this with { Mask = 0xFFF },
            _ => this,
        };
        return !ReferenceEquals(next, this);
    }
}
