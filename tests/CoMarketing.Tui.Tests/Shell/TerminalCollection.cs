namespace CoMarketing.Tui.Tests.Shell;

/// <summary>Terminal.Gui keeps some settings (schemes, configuration) per process: its tests run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class TerminalCollection
{
    public const string Name = "Terminal.Gui";
}
