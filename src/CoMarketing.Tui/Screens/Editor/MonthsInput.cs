using System.Globalization;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>Twelve month toggles as a bit mask (bit 0 January); at least one month is required.</summary>
public sealed record MonthsInput(string Name, string Label, int Mask, string RequiredMessage) : IEditorField
{
    public const int AllYear = 0xFFF;

    public string Value => Mask.ToString(CultureInfo.InvariantCulture);

    public string? Error => (Mask & AllYear) == 0 ? RequiredMessage : null;

    public bool Touched { get; init; }

    public bool IsActive(int month) => (Mask & (1 << (month - 1))) != 0;

    /// <summary>Switches <paramref name="month"/> (1–12) on or off.</summary>
    public MonthsInput Toggle(int month) =>
        month is < 1 or > 12 ? throw new ArgumentOutOfRangeException(nameof(month)) : this with { Mask = Mask ^ (1 << (month - 1)) };

    public IEditorField Touch() => this with { Touched = true };

    public IEditorField WithValue(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var mask) ? this with { Mask = mask & AllYear } : this;
}
