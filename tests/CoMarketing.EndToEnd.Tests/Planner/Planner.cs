using CoMarketing.EndToEnd.Tests.Infrastructure;
using CoMarketing.EndToEnd.Tests.Tmux;

namespace CoMarketing.EndToEnd.Tests.Planner;

/// <summary>Starts the installed (or else the built) planner full-screen inside tmux on a database in the session's private home.</summary>
internal static class Planner
{
    /// <summary>Generous: a loaded 2-core machine, a cold .NET start and 600 000-iteration PIN hashes.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <param name="arguments">The planner's command line after <c>--db planner.db</c>.</param>
    /// <param name="width">Columns of the window.</param>
    /// <param name="height">Rows of the window.</param>
    /// <param name="after">A shell command run in the same window once the planner has ended (e.g. <c>stty -a</c>).</param>
    /// <param name="database">
    /// The database: a prepared file or server address when given; else <c>planner.db</c> in the session's home
    /// (<see cref="PlannerStore.LiteDb"/>) or a new association of the test server (<see cref="PlannerStore.Postgres"/>).
    /// </param>
    /// <param name="store">Where an empty database is made when <paramref name="database"/> is not given.</param>
    public static TmuxSession Start(string arguments = "--lang en", int width = 80, int height = 24, string? after = null, string? database = null, PlannerStore store = PlannerStore.LiteDb)
    {
        var chosen = database ?? (store == PlannerStore.Postgres ? TestServer.NewAssociation() : "planner.db");
        var launcher = string.Join(' ', ComarketingProcess.Launcher().Select(part => $"'{part}'"));
        var planner = $"{launcher} --db '{chosen}' {arguments}";
        var session = TmuxSession.Start(after is null ? planner : $"{planner}; {after}", width, height);
        session.Database = TestServer.IsServer(chosen) || Path.IsPathRooted(chosen) ? chosen : Path.Combine(session.HomeFolder, chosen);
        return session;
    }

    public static string Wait(this TmuxSession session, string text) => session.WaitFor(text, Patience);

    /// <summary>
    /// From the empty database's welcome screen: loads the demo, goes back to the welcome screen and signs in as the
    /// first coordinator, who chooses <paramref name="pin"/>; returns the coordinator's overview.
    /// </summary>
    public static string LoadDemoAsFirstCoordinator(this TmuxSession session, string pin)
    {
        session.Wait("1. Load the demo association");
        session.SendKeys("Enter");
        session.Wait("Members: 45");
        session.SendKeys("G", "Enter");
        session.Wait("4. Sign in as the coordinator");
        session.SendKeys("4");
        session.Wait("PIN again");
        session.SendText(pin);
        session.SendKeys("Enter");
        session.SendText(pin);
        session.SendKeys("Enter");
        return session.Wait("2. Campaigns");
    }

    /// <summary>
    /// From the empty database's welcome screen: loads the demo, goes back to the welcome screen and registers a café
    /// named <paramref name="name"/> in Rovaniemi with <paramref name="pin"/>; returns the screen saying it is a member.
    /// </summary>
    public static string LoadDemoAndRegister(this TmuxSession session, string name, string pin)
    {
        session.Wait("1. Load the demo association");
        session.SendKeys("Enter");
        session.Wait("Members: 45");
        session.SendKeys("G", "Enter");
        session.Wait("3. Register a new business");
        session.SendKeys("3");
        session.Wait("Register a new business");
        session.SendText(name);
        session.SendKeys("Tab", "Tab"); // the business ID is optional
        session.SendText("56102");
        session.Wait("Cafés and cafeteria-restaurants (56102)");
        session.SendKeys("Enter", "Tab");
        session.SendText("Rovaniemi");
        session.Wait("Rovaniemi (698)");
        session.SendKeys("Enter", "Tab", "Tab"); // customers stay "consumers"
        session.SendText(pin);
        session.SendKeys("Tab");
        session.SendText(pin);
        session.SendKeys("Enter");
        return session.Wait($"{name} is now a member. Welcome!");
    }
}
