using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;

namespace CoMarketing.Tui.Shell;

/// <summary>What an area's factory gets: the planner, the signed-in user's service and a way to open other views.</summary>
/// <param name="Shell">The planner as a whole: backend, clock, kiosk flag, sign-in.</param>
/// <param name="Navigation">Opens another view over this one, or goes back.</param>
public sealed record AreaContext(PlannerShell Shell, IAreaNavigation Navigation)
{
    /// <summary>The service of whoever is signed in now; every change goes through it (permissions are checked there).</summary>
    public PlannerService Service => Shell.Current;

    public TuiTexts Texts => Shell.Texts;
}
