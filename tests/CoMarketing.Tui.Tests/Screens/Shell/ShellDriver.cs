using CoMarketing.Tui.Input;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Screens.Register;
using CoMarketing.Tui.Tests.Application;
using CoMarketing.Tui.Tests.Support;

namespace CoMarketing.Tui.Tests.Screens.Shell;

/// <summary>
/// The registration screen over a stand-in for the welcome screen, driven by key scripts as the host would (Esc
/// pops); <see cref="WentHome"/> says whether it asked for the overview (as after registering).
/// </summary>
internal sealed class ShellDriver
{
    public ShellDriver(InMemoryPlannerBackend backend, TuiTexts? texts = null, bool kiosk = true)
    {
        Backend = backend;
        Texts = texts ?? TuiTexts.English;
        Shell = new PlannerShell(backend, backend.Clock, Texts, kiosk);
        Navigator = new Navigator(new Editor.ParentScreen());
        Navigator.Run(ScreenCommand.Push(RegisterScreen.Create(Shell)));
    }

    public InMemoryPlannerBackend Backend { get; }

    public TuiTexts Texts { get; }

    public PlannerShell Shell { get; }

    public Navigator Navigator { get; }

    public IScreen Current => Navigator.Current;

    /// <summary>True once a screen asked for the overview (<see cref="GoHome"/>).</summary>
    public bool WentHome { get; private set; }

    public ShellDriver Press(string script, int width = 80, int height = 24)
    {
        var context = new ScreenContext(width, height - 3, Texts, Backend.Clock);
        foreach (var key in Keys.Parse(script))
        {
            Navigator.ClearMessage();
            var depth = Navigator.Depth;
            var result = Navigator.Current.Handle(key, context);
            Navigator.Apply(result);
            WentHome |= result.Commands.OfType<GoHome>().Any();
            if (!result.Handled && key.Is(Key.Escape) && depth > 1 && Navigator.Depth == depth)
            {
                Navigator.Run(ScreenCommand.Pop());
            }
        }

        return this;
    }

    public string Frame(int width = 80, int height = 24) => Support.Screens.Text(Support.Screens.Frame(Navigator, width, height, Texts));
}
