using CoMarketing.EndToEnd.Tests.Infrastructure;
using CoMarketing.EndToEnd.Tests.Tmux;

namespace CoMarketing.EndToEnd.Tests.Planner;

/// <summary>
/// The installed planner on PostgreSQL (the server <c>.ci/run</c> starts, named by <c>COMARKETING_TEST_PG</c>; without
/// it these stories fail saying so): two planners, each its own process in its own terminal, on one association.
/// </summary>
public sealed class PostgresStories
{
    [Fact]
    public void Two_planners_on_one_postgres_association_edit_one_member_and_no_change_is_lost()
    {
        // Given: the demo on a new association, the first planner as the first coordinator, the second signed in too
        var database = TestServer.NewAssociation();
        using var first = Planner.Start("--lang en", 100, 30, database: database);
        first.LoadDemoAsFirstCoordinator("2580");
        using var second = Planner.Start("--lang en", 100, 30, database: database);
        SignInAsCoordinator(second, "2580");
        OpenEditor(first, "Kahvila Aalto");
        OpenEditor(second, "Kahvila Aalto");

        // When: the first renames the café and saves; the second, opened before that, saves its own rename
        first.SendKeys("End");
        first.SendText(" ja Kumppanit");
        first.SendKeys("C-s");
        first.Wait("Saved Kahvila Aalto ja Kumppanit.");
        second.SendKeys("End");
        second.SendText(" Oy");
        second.SendKeys("C-s");
        var asked = second.WaitUntil(
            screen => screen.Contains("Yours or theirs?", StringComparison.Ordinal) && screen.Contains("nothing was saved.", StringComparison.Ordinal),
            "the question and the refusal",
            Planner.Patience);

        // Then: refused and asked, naming what the first saved
        asked.ShouldContain("Someone else saved “Kahvila Aalto ja Kumppanit” after you opened it; nothing was saved.");
        asked.ShouldContain("(y = save yours, n = reload theirs, Esc = later)");

        // When: theirs, then the rename again on what the first saved
        second.SendKeys("n");
        var reloaded = second.Wait("Reloaded:");
        second.SendKeys("End");
        second.SendText(" Oy");
        second.SendKeys("C-s");
        second.Wait("Saved Kahvila Aalto ja Kumppanit Oy.");

        // Then: the second planner had the first's name back, and its save went on top of it
        reloaded.ShouldContain("Kahvila Aalto ja Kumppanit");
        reloaded.ShouldNotContain("Kumppanit Oy");

        // When: the first, still on what it saved, saves again and keeps its own
        first.SendKeys("End");
        first.SendText(" Ky");
        first.SendKeys("C-s");
        first.Wait("Yours or theirs?");
        first.SendKeys("y");
        first.Wait("Saved Kahvila Aalto ja Kumppanit Ky.");

        // Then: the command line on the same association sees the save the first planner kept
        using var cli = new ComarketingProcess();
        var businesses = cli.Run("businesses", "--json", "--db", database);
        businesses.ExitCode.ShouldBe(0, businesses.StdErr);
        businesses.StdOut.ShouldContain("\"Kahvila Aalto ja Kumppanit Ky\"");
        businesses.StdOut.ShouldNotContain("Kumppanit Oy");
        first.SendKeys("Escape");
        second.SendKeys("Escape");
    }

    private static void SignInAsCoordinator(TmuxSession planner, string pin)
    {
        planner.Wait("2. Sign in as the coordinator");
        planner.SendKeys("2");
        planner.Wait("PIN");
        planner.SendText(pin);
        planner.SendKeys("Enter");
        planner.Wait("2. Campaigns");
    }

    private static void OpenEditor(TmuxSession planner, string name)
    {
        planner.SendKeys("1");
        planner.Wait("45 members");
        planner.SendKeys("/");
        planner.SendText(name);
        planner.SendKeys("Enter", "Enter");
        planner.Wait($"Edit {name}");
    }
}
