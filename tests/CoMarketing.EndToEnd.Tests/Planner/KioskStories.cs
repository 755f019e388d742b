namespace CoMarketing.EndToEnd.Tests.Planner;

public abstract class KioskStories
{
    /// <summary>Where the planner's empty database is made: each story runs on both stores (the classes below).</summary>
    protected abstract PlannerStore Store { get; }

    [Fact]
    public void Ctrl_Z_and_Esc_in_the_kiosk_neither_suspend_nor_quit_the_planner()
    {
        // Given
        using var planner = Planner.Start("--lang en --kiosk", store: Store);
        planner.Wait("1. Load the demo association");

        // When
        planner.SendKeys("C-z");
        planner.SendKeys("Escape");
        planner.SendKeys("C-c");
        planner.SendKeys("F1");

        // Then: still running and answering keys
        planner.Wait("Keys: Yrittäjäyhdistys");
        planner.SendKeys("Space");
        planner.Wait("1. Load the demo association").ShouldNotContain("Quit");
    }

    [Fact]
    public void Kill_TERM_leaves_the_terminal_usable()
    {
        // Given
        using var planner = Planner.Start("--lang en --kiosk", after: "stty -a > stty-after.txt; echo planner-ended", store: Store);
        planner.Wait("1. Load the demo association");
        planner.Display("#{alternate_on}").ShouldBe("1");

        // When
        planner.Signal("TERM");

        // Then: the main screen is back, the cursor shows and the line discipline is cooked again
        var after = planner.Wait("planner-ended");
        after.ShouldNotContain("Load the demo association");
        planner.Display("#{alternate_on}").ShouldBe("0");
        planner.Display("#{cursor_flag}").ShouldBe("1");
        var stty = File.ReadAllText(Path.Combine(planner.HomeFolder, "stty-after.txt"));
        foreach (var cooked in new[] { "icanon", "echo", "isig", "icrnl" })
        {
            System.Text.RegularExpressions.Regex.IsMatch(stty, $@"(^|\s){cooked}(\s|$)").ShouldBeTrue($"{cooked} is on");
        }
    }

    [Fact]
    public void Closing_the_terminal_ends_the_planner_instead_of_leaving_it_running()
    {
        // Given a planner at its welcome screen
        using var planner = Planner.Start("--lang en", store: Store);
        planner.Wait("1. Load the demo association");
        var pid = planner.Programs().ShouldHaveSingleItem();

        // When its terminal goes away (a closed window, a killed tmux session)
        planner.CloseTerminal();

        // Then the process ends within the grace period, not orphaned and spinning
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (IsRunning(pid) && watch.Elapsed < TimeSpan.FromSeconds(20))
        {
            Thread.Sleep(200);
        }

        IsRunning(pid).ShouldBeFalse($"the planner (pid {pid}) still runs {watch.Elapsed.TotalSeconds:0} s after its terminal closed");
    }

    [Fact]
    public void Pasting_a_town_into_the_business_filter_filters_instead_of_running_shortcuts()
    {
        // Given: the demo's business list with the filter open
        using var planner = Planner.Start(store: Store);
        planner.Wait("1. Load the demo association");
        planner.SendKeys("Enter");
        planner.Wait("Members: 45");
        planner.SendKeys("1");
        planner.Wait("CoMarketing › Businesses");
        planner.SendKeys("/");

        // When: "Rovaniemi" (its n is "new business") arrives as one paste
        planner.Paste("Rovaniemi");

        // Then
        var screen = planner.Wait("Rovaniemi");
        screen.ShouldContain("CoMarketing › Businesses");
        screen.ShouldNotContain("Step 1 of");
    }

    [Fact]
    public void The_planner_follows_the_window_from_80x24_to_200x60_and_down_to_60x20()
    {
        // Given
        using var planner = Planner.Start(store: Store);
        planner.Wait("1. Load the demo association");

        // When / Then: the status bar is always on the last row and the menu never repeats
        foreach (var (width, height) in new[] { (200, 60), (60, 20), (80, 24) })
        {
            planner.Resize(width, height);
            var screen = planner.WaitUntil(
                s => s.Split('\n').Length >= height && s.Split('\n')[height - 1].Contains("F1", StringComparison.Ordinal)
                    && s.Split('\n').Count(line => line.Contains("Load the demo association", StringComparison.Ordinal)) == 1,
                $"the status bar on row {height} and the menu once", Planner.Patience);
            screen.Split('\n')[0].ShouldContain("Signed in: guest");
            screen.Split('\n').Take(height).ShouldAllBe(line => line.TrimEnd().Length <= width);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

/// <summary>The stories on a LiteDB file in the session's home.</summary>
public sealed class KioskStoriesOnLiteDb : KioskStories
{
    protected override PlannerStore Store => PlannerStore.LiteDb;
}

/// <summary>The same stories on a new association of the PostgreSQL test server.</summary>
public sealed class KioskStoriesOnPostgres : KioskStories
{
    protected override PlannerStore Store => PlannerStore.Postgres;
}
