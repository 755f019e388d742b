using Spectre.Console;

namespace CoMarketing.Tui.Rendering;

/// <summary>Shared styles. Selection and focus use reverse video plus a marker, so they show without colour too.</summary>
public static class Styles
{
    public static Style Selected { get; } = new(decoration: Decoration.Invert | Decoration.Bold);

    public static Style Header { get; } = new(decoration: Decoration.Bold);

    public static Style Dim { get; } = new(decoration: Decoration.Dim);

    public static Style Error { get; } = new(Color.Red, decoration: Decoration.Bold);

    /// <summary>The mark in front of the selected row or the focused field.</summary>
    public static string Marker(bool unicode) => unicode ? "›" : ">";
}
