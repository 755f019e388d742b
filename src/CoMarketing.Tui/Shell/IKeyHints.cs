using CoMarketing.Tui.Screens;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// A view that tells the shell its title, who it concerns and its keys: the window title, the status bar's hints and
/// the F1 help come from here. Views without it get the shell's global keys only.
/// </summary>
public interface IKeyHints
{
    /// <summary>The title after "CoMarketing ›".</summary>
    string HintTitle { get; }

    /// <summary>Every key the view reacts to; the status bar shows those marked for the footer, F1 help all.</summary>
    IReadOnlyList<KeyBinding> HintKeys { get; }
}
