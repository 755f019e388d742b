using CoMarketing.Core.Association;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>One tool for the shell's menu: its key, its title in Finnish and English, who may use it, and its view.</summary>
/// <param name="Key">A stable name, e.g. <c>settings</c>.</param>
/// <param name="Audience">Who may open it; <see cref="IsAvailable"/> applies it to a session.</param>
/// <param name="Create">Makes the tool's window; throws a <c>DomainException</c> (in words) for a session that may not use it.</param>
public sealed record ToolEntry(string Key, ToolAudience Audience, Func<ToolContext, Window> Create)
{
    /// <summary>
    /// For a tool that reads every member: the reading, which the shell runs on the thread pool behind a spinner in a
    /// big association; it returns how to make the window afterwards on the UI thread. Null for the other tools.
    /// </summary>
    public Func<ToolContext, Func<Window>>? Read { get; private init; }

    /// <summary>A tool whose model <paramref name="read"/> reads every member; the window is made from what it read.</summary>
    public static ToolEntry Reading(string key, ToolAudience audience, Func<ToolContext, Func<Window>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return new ToolEntry(key, audience, context => read(context)()) { Read = read };
    }

    public string TitleFi => ToolTexts.Finnish.Get(TitleName);

    public string TitleEn => ToolTexts.English.Get(TitleName);

    /// <summary>The resource name of the title (in <see cref="ToolTexts"/>).</summary>
    public string TitleName => $"Tool{char.ToUpperInvariant(Key[0])}{Key[1..]}";

    public string Title(Language language) => language == Language.Finnish ? TitleFi : TitleEn;

    /// <summary>True when the session behind <paramref name="service"/> may open this tool now.</summary>
    public bool IsAvailable(PlannerService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var session = service.Session;
        return Audience switch
        {
            ToolAudience.Coordinator => session.IsCoordinator,
            ToolAudience.Member => session.BusinessId is not null,
            ToolAudience.MemberOrCoordinator => session.IsCoordinator || session.BusinessId is not null,
            _ => !session.IsCoordinator && !service.Backend.Kiosk.CoordinatorHasPin(),
        };
    }
}
