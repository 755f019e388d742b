using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Shell;

/// <summary>One entry of the menu bar: its title, who may use it, and the factory that opens its view.</summary>
/// <param name="Menu">The menu it is listed under (a text name, e.g. <c>ShellMenuPlanner</c>).</param>
/// <param name="Title">The entry's text name in <c>Texts.resx</c> (e.g. <c>MenuBusinesses</c>); an <c>_</c> marks its hot key.</param>
/// <param name="Audience">Who sees the entry.</param>
/// <param name="Open">Builds the view to show; gets the signed-in user's service and the navigation.</param>
/// <param name="Caption">The title in the planner's language when it comes from another area's texts (null: <paramref name="Title"/> in <c>Texts.resx</c>).</param>
public sealed record AreaEntry(string Menu, string Title, AreaAudience Audience, Func<AreaContext, View> Open, Func<TuiTexts, string>? Caption = null)
{
    /// <summary>The title shown in the menu, in the language of <paramref name="texts"/>.</summary>
    public string TitleIn(TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Caption?.Invoke(texts) ?? texts.Get(Title);
    }

    /// <summary>True when <paramref name="session"/> may use this entry.</summary>
    public bool IsFor(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Audience switch
        {
            AreaAudience.Everyone => true,
            AreaAudience.Member => session.BusinessId is not null,
            AreaAudience.SignedIn => !session.IsGuest,
            AreaAudience.Unlisted => true,
            _ => session.IsCoordinator,
        };
    }
}
