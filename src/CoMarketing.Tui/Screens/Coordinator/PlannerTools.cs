using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Screens.Account;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>
/// The coordinator and account tools for the shell's menu: <see cref="All"/> lists them, <see cref="For"/> those the
/// signed-in session may open; <c>entry.Create(context)</c> makes the window to run.
/// </summary>
/// <example><code>
/// foreach (var tool in PlannerTools.For(service))
///     items.Add(new MenuItem(tool.Title(language), "", () => app.Run(tool.Create(new ToolContext(service, clock, SignIn)))));
/// </code></example>
public static class PlannerTools
{
    public static IReadOnlyList<ToolEntry> All { get; } =
    [
        new("settings", ToolAudience.Coordinator, c => new SettingsView(new SettingsModel(c.Service))),
        ToolEntry.Reading("members", ToolAudience.Coordinator, c => Later(new MemberAdminModel(c.Service, c.Clock), m => new MemberAdminView(m))),
        ToolEntry.Reading("pairMarks", ToolAudience.MemberOrCoordinator, c => Later(new PairMarksModel(c.Service), m => new PairMarksView(m))),
        new("import", ToolAudience.Coordinator, c => new MemberImportView(new MemberImportModel(c.Service))),
        new("backup", ToolAudience.Coordinator, c => new BackupView(new BackupModel(c.Service))),
        new("audit", ToolAudience.Coordinator, c => new AuditLogView(new AuditLogModel(c.Service, c.Clock))),
        new("changePin", ToolAudience.Member, c => new ChangePinView(new ChangePinModel(c.Service, c.Clock))),
        new("claimCoordinator", ToolAudience.NoCoordinatorYet, ClaimView),
    ];

    /// <summary>The tools the session behind <paramref name="service"/> may open now, in menu order.</summary>
    public static IReadOnlyList<ToolEntry> For(PlannerService service) => [.. All.Where(t => t.IsAvailable(service))];

    /// <summary>The tool named <paramref name="key"/>.</summary>
    public static ToolEntry Get(string key) => All.FirstOrDefault(t => t.Key == key) ?? throw new DomainException($"There is no tool '{key}'.");

    /// <summary>The window over <paramref name="model"/>, made when called (on the UI thread, after the model was read).</summary>
    private static Func<Window> Later<TModel>(TModel model, Func<TModel, Window> view) => () => view(model);

    private static Window ClaimView(ToolContext context)
        => new ClaimCoordinatorView(new ClaimCoordinatorModel(context.Service), context.SessionChanged ?? throw new ArgumentException("The claim tool needs SessionChanged to sign the new coordinator in.", nameof(context)));
}
