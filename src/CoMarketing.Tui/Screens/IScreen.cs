using CoMarketing.Tui.Input;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens;

/// <summary>
/// A screen: plain (preferably immutable) state, key handling that returns the next state and commands, and rendering
/// as a pure function of state and size. The host draws the header, message line and footer around it.
/// </summary>
public interface IScreen
{
    /// <summary>The title in the header line.</summary>
    string GetTitle(ScreenContext context);

    /// <summary>Every key the screen reacts to; the footer shows those marked for it, help (?) shows all.</summary>
    IReadOnlyList<KeyBinding> GetKeys(ScreenContext context);

    /// <summary>Applies a key. Return <see cref="ScreenResult.Unhandled"/> to let the host try its global keys (? help, Esc back).</summary>
    ScreenResult Handle(KeyPress key, ScreenContext context);

    /// <summary>The body of the frame for <see cref="ScreenContext.Width"/> × <see cref="ScreenContext.Height"/>.</summary>
    IRenderable Render(ScreenContext context);

    /// <summary>Short status text shown at the right of the header (who is signed in, a count); null for none.</summary>
    string? GetStatus(ScreenContext context) => null;
}
