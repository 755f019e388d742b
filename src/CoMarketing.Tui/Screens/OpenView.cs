using CoMarketing.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Screens;

/// <summary>Opens a Terminal.Gui view (built from the shell's <see cref="AreaContext"/>) over the current screen.</summary>
public sealed record OpenView(Func<AreaContext, View> Open) : ScreenCommand;
