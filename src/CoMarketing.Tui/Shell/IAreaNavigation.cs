using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Shell;

/// <summary>How a view moves the main window on: open another view over it, go back, or start again from welcome.</summary>
public interface IAreaNavigation
{
    /// <summary>Shows <paramref name="view"/> in the main window; Esc (or <see cref="Back"/>) returns to the one before.</summary>
    void Open(View view);

    /// <summary>Opens the catalogue's area whose title is the text name <paramref name="title"/>, if this user may use it.</summary>
    void OpenArea(string title);

    /// <summary>
    /// Puts <paramref name="next"/> in the place of <paramref name="current"/> (a screen that was being read), so Esc
    /// on it goes back to the view before; when <paramref name="current"/> is no longer shown, <paramref name="next"/>
    /// is dropped.
    /// </summary>
    void Replace(View current, View next);

    /// <summary>Runs <paramref name="action"/> on the UI thread (work done on the thread pool hands its result back so).</summary>
    void Invoke(Action action);

    /// <summary>Closes the current view and shows the one before it (nothing happens on the first).</summary>
    void Back();

    /// <summary>Replaces every open view with <paramref name="view"/> (after sign-in or sign-out).</summary>
    void Reset(View view);

    /// <summary>
    /// Replaces every open view with the overview for whoever is signed in now (after sign-in, registration or loading
    /// the demo); <paramref name="notice"/> is shown on it until the next key (e.g. "Signed in: Kahvila Aalto.").
    /// </summary>
    void Home(string? notice = null);

    /// <summary>The welcome screen again, for the database as it is now; whoever was signed in is signed out.</summary>
    void Welcome();

    /// <summary>Refreshes the menu bar, the title and the status bar (after sign-in or a change of screen).</summary>
    void Refresh();

    /// <summary>Shows <paramref name="text"/> above the status bar (e.g. "… is now a member") until the next key or view.</summary>
    void Notify(string text);

    /// <summary>Closes the planner (the caller has checked that this is allowed: never in a kiosk without the PIN).</summary>
    void Quit();
}
