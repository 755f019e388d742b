using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;

namespace CoMarketing.Tui.Shell;

/// <summary>A coordinator or account tool (<see cref="PlannerTools"/>) as an entry of the Tools menu.</summary>
internal static class ToolArea
{
    public static AreaEntry Entry(ToolEntry tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return new AreaEntry(
            AreaCatalogue.Tools,
            tool.TitleName,
            Audience(tool.Audience),
            c => Open(c, tool),
            texts => ToolTexts.For(texts.Culture).Get(tool.TitleName));
    }

    /// <summary>The tool's window; a tool that reads every member reads behind a spinner in a big association.</summary>
    private static Terminal.Gui.ViewBase.View Open(AreaContext area, ToolEntry tool)
    {
        var context = new ToolContext(area.Service, area.Shell.Clock);
        if (tool.Read is not { } read)
        {
            return tool.Create(context);
        }

        return LoadingView.Open(
            area,
            ToolTexts.For(area.Texts.Culture).Get(tool.TitleName),
            members => area.Texts.Quantity("LoadingMembers", members),
            () => read(context),
            window => window());
    }

    private static AreaAudience Audience(ToolAudience audience) => audience switch
    {
        ToolAudience.Member => AreaAudience.Member,
        ToolAudience.MemberOrCoordinator => AreaAudience.SignedIn,
        _ => AreaAudience.Coordinator,
    };
}
