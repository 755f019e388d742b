using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// The campaigns area: the list, whose rows open a campaign's workspace, whose "new" opens a blank one and whose
/// "results report" (Ctrl+R) opens the report across campaigns; and the association's budget plan that the campaigns spend.
/// </summary>
internal static class CampaignArea
{
    public static View List(AreaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var list = CampaignScreens.List(context.Service);
        // A campaign's details choose partners among every member: a big association reads them behind a spinner.
        var texts = context.Texts;
        list.Opened += (_, id) => context.Navigation.Open(LoadingView.Open(
            context, CampaignTexts.Of(texts).Get("ListTitle"), members => texts.Quantity("LoadingMembers", members), context.Service.GetBusinesses,
            members => CampaignScreens.Open(context.Service, id, members)));
        list.NewRequested += (_, _) => context.Navigation.Open(LoadingView.Open(
            context, CampaignTexts.Of(texts).Get("ListTitle"), members => texts.Quantity("LoadingMembers", members), context.Service.GetBusinesses,
            members => CampaignScreens.New(context.Service, members)));
        list.ReportRequested += (_, _) => context.Navigation.Open(CampaignScreens.Report(context.Service));
        return list;
    }

    /// <summary>The budget plan month by month (the coordinator's: members read it only).</summary>
    public static View Budget(AreaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new BudgetView(new BudgetModel(context.Service), context.Texts);
    }
}
