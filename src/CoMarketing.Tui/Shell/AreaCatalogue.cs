using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Register;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Screens.Businesses;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Screens.Overview;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// Every area the menu bar offers, in order: one line each. To add an area, add one <see cref="AreaEntry"/> here:
/// the menu it goes under, its title's text name, who may use it and a factory building its view from the
/// <see cref="AreaContext"/> (e.g. <c>new(Tools, "MenuSettings", AreaAudience.Coordinator, c =&gt; new SettingsView(c.Service))</c>).
/// The shell shows only the entries the signed-in user may use and rebuilds the menu after every sign-in.
/// </summary>
public static class AreaCatalogue
{
    /// <summary>The menu of the planner's own areas.</summary>
    public const string Planner = "ShellMenuPlanner";

    /// <summary>The coordinator's tools.</summary>
    public const string Tools = "ShellMenuTools";

    /// <summary>Help and the way out.</summary>
    public const string Session = "ShellMenuSession";

    /// <summary>The areas, grouped by menu in the order their menus first appear.</summary>
    public static IReadOnlyList<AreaEntry> Entries { get; } =
    [
        new(Planner, "MenuOverview", AreaAudience.Everyone, c => new OverviewView(c)),
        new(Planner, "MenuBusinesses", AreaAudience.Everyone, BusinessesView.Open),
        new(Session, "ShellFirstCoordinatorTitle", AreaAudience.Unlisted, c => new FirstCoordinatorView(c)),
        new(Session, "MenuRegister", AreaAudience.Unlisted, c => new RegisterView(c)),
        new(Planner, "MenuMyBusiness", AreaAudience.Member, c => BusinessOpener.Open(c, c.Service.Session.BusinessId!.Value)),
        new(Planner, "MenuCampaigns", AreaAudience.Everyone, CampaignArea.List, t => CampaignTexts.Of(t).Get("ListTitle")),
        new(Planner, "MenuResultsReport", AreaAudience.SignedIn, c => CampaignScreens.Report(c.Service), t => CampaignTexts.Of(t).Get("ReportTitle")),
        new(Planner, "MenuBudget", AreaAudience.Coordinator, CampaignArea.Budget, t => CampaignTexts.Of(t).Get("BudgetTitle")),
        .. PlannerTools.All.Where(tool => tool.Audience != ToolAudience.NoCoordinatorYet).Select(ToolArea.Entry),
    ];
}
