namespace CoMarketing.Tui.Host;

/// <summary>One composed screenful: exactly <see cref="TerminalSize.Height"/> lines, each possibly with escape codes.</summary>
public sealed record Frame(TerminalSize Size, IReadOnlyList<string> Lines);
