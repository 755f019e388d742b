using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Shell;

/// <summary>Where the open view sits, between the menu bar and the status bar; it clears only what the view leaves uncovered.</summary>
public sealed class AreaHost : View
{
    protected override bool OnClearingViewport() => UncoveredClear.Gaps(this);
}
