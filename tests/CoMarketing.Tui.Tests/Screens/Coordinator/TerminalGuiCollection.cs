namespace CoMarketing.Tui.Tests.Screens.Coordinator;

/// <summary>
/// Headless Terminal.Gui tests run one at a time: two applications driven at once on parallel test threads were seen
/// to stall a test run here.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TerminalGuiCollection
{
    public const string Name = "Terminal.Gui";
}
