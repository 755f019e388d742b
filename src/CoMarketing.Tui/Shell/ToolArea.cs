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
            c => tool.Create(new ToolContext(c.Service, c.Shell.Clock)),
            texts => ToolTexts.For(texts.Culture).Get(tool.TitleName));
    }

    private static AreaAudience Audience(ToolAudience audience) => audience switch
    {
        ToolAudience.Member => AreaAudience.Member,
        ToolAudience.MemberOrCoordinator => AreaAudience.SignedIn,
        _ => AreaAudience.Coordinator,
    };
}
