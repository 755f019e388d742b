using CoMarketing.Tui.Application;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Shell;

/// <summary>The menu bar: the catalogue's entries for this session, then help and the way out.</summary>
public sealed partial class PlannerWindow
{
    /// <summary>The titles of the menu bar's entries for the signed-in user, menu by menu (for tests and help).</summary>
    public IReadOnlyList<string> MenuTitles(Session session) =>
        [.. Listed(session).Select(entry => entry.TitleIn(Shell.Texts))];

    private static IEnumerable<AreaEntry> Listed(Session session) =>
        AreaCatalogue.Entries.Where(entry => entry.Audience != AreaAudience.Unlisted && entry.IsFor(session));

    private void RebuildMenu(Session session)
    {
        _menuSession = session;
        var texts = Shell.Texts;
        var menus = new List<MenuBarItem>();
        foreach (var group in Listed(session).GroupBy(entry => entry.Menu))
        {
            var items = group.Select(entry => new MenuItem { Title = entry.TitleIn(texts), Action = () => OpenArea(entry) }).ToList();
            if (group.Key == AreaCatalogue.Session)
            {
                items.AddRange(SessionItems(session));
            }

            menus.Add(new MenuBarItem(texts.Get(group.Key), items));
        }

        if (menus.All(menu => menu.Title != texts.Get(AreaCatalogue.Session)))
        {
            menus.Add(new MenuBarItem(texts.Get(AreaCatalogue.Session), SessionItems(session)));
        }

        var replacement = new MenuBar(menus) { Width = Terminal.Gui.ViewBase.Dim.Auto() };
        Remove(_menu);
        _menu.Dispose();
        _menu = replacement;
        Add(_menu);
        _title.X = Terminal.Gui.ViewBase.Pos.Right(_menu) + 1;
    }

    private List<MenuItem> SessionItems(Session session)
    {
        var texts = Shell.Texts;
        var items = new List<MenuItem> { new() { Title = texts.Get("ShellHelp"), Key = Terminal.Gui.Input.Key.F1, Action = ShowHelp } };
        if (!session.IsGuest)
        {
            items.Add(new MenuItem { Title = texts.MenuSignOut, Action = Welcome });
        }
        else
        {
            items.Add(new MenuItem { Title = texts.Get("ShellWelcome"), Action = Welcome });
        }

        if (!Shell.Kiosk)
        {
            items.Add(new MenuItem { Title = texts.MenuQuit, Action = Quit });
        }
        else if (session.IsCoordinator)
        {
            items.Add(new MenuItem { Title = texts.Get("ShellClosePlanner"), Action = ClosePlanner });
        }

        return items;
    }

    public void OpenArea(string title)
    {
        if (AreaCatalogue.Entries.FirstOrDefault(entry => entry.Title == title) is { } entry)
        {
            OpenArea(entry);
        }
    }

    private void OpenArea(AreaEntry entry)
    {
        if (!entry.IsFor(Shell.Current.Session))
        {
            return;
        }

        Open(entry.Open(Context));
    }

    private void OpenMenu() => _menu.InvokeCommand(Terminal.Gui.Input.Command.HotKey);
}
