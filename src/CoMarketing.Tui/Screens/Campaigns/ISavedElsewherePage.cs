using CoMarketing.Core.Campaigns;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// A campaign page whose save is refused when someone else saved the campaign since the page opened it; the workspace
/// then asks "yours or theirs?" and either saves this page's input onto their save or opens the page again on theirs.
/// </summary>
internal interface ISavedElsewherePage
{
    /// <summary>A save was refused because someone else saved the campaign since this page opened it.</summary>
    event EventHandler? SavedElsewhere;

    /// <summary>
    /// Puts this page's unsaved input onto <paramref name="stored"/> (the campaign as saved elsewhere) and saves it, as
    /// Ctrl+S does: the other save's changes on other pages are kept, this page's part is this page's input.
    /// </summary>
    void SaveOnto(Campaign stored);

    /// <summary>Shows <paramref name="text"/> on the page's message line.</summary>
    void Notify(string text);
}
