namespace CoMarketing.EndToEnd.Tests.Planner;

public abstract class PlannerStories
{
    /// <summary>Where the planner's empty database is made: each story runs on both stores (the classes below).</summary>
    protected abstract PlannerStore Store { get; }

    [Fact]
    public void A_newcomer_loads_the_demo_from_the_welcome_screen_and_reaches_the_overview()
    {
        // Given
        using var planner = Planner.Start(store: Store);
        planner.Wait("1. Load the demo association");

        // When
        planner.SendKeys("Enter");

        // Then
        var screen = planner.Wait("Members: 45");
        screen.ShouldContain("CoMarketing › Overview");
        screen.ShouldContain("Campaigns: 3 (1 draft, 0 planned, 1 running, 1 finished)");
        screen.ShouldContain("Coming up in the next 45 days");
        planner.SendKeys("C-c");
        planner.WaitForExit(Planner.Patience).ShouldBe(0);
    }

    [Fact]
    public void I_register_a_business_with_finnish_letters_set_a_pin_sign_out_and_sign_back_in()
    {
        // Given: the demo
        using var planner = Planner.Start(store: Store);

        // When: I register, with a PIN
        var welcome = planner.LoadDemoAndRegister("Säätiö Öljymäki", "1357");

        // Then I am signed in as the new member
        welcome.Split('\n')[0].ShouldContain("Säätiö Öljymäki");

        // When I sign out and back in with the PIN
        planner.SendKeys("G", "Enter");
        planner.Wait("1. Sign in as a member");
        planner.SendKeys("1");
        planner.Wait("pick your business");
        planner.SendKeys("/");
        planner.SendText("öljy");
        planner.SendKeys("Enter");
        planner.Wait("Sign in: Säätiö Öljymäki");
        planner.SendText("1357");
        var masked = planner.Wait("PIN: ∙∙∙∙"); // Terminal.Gui's secret field masks with ∙
        planner.SendKeys("Enter");

        // Then
        masked.ShouldNotContain("1357");
        var signedIn = planner.Wait("Signed in: Säätiö Öljymäki.");
        signedIn.ShouldContain("2. My business");
    }

    [Fact]
    public void The_screen_redraws_without_leftovers_when_the_window_is_resized()
    {
        // Given
        using var planner = Planner.Start(store: Store);
        var original = planner.Wait("1. Load the demo association");

        // When
        planner.Resize(120, 40);
        var wide = planner.WaitUntil(s => s.Split('\n').Length >= 40 && s.Split('\n')[39].Contains("F1", StringComparison.Ordinal),
            "the status bar on row 40", Planner.Patience);
        planner.Resize(80, 24);
        var back = planner.WaitUntil(s => s == original, "the same screen as before at 80×24", Planner.Patience);

        // Then
        wide.Split('\n')[0].ShouldContain("CoMarketing › Yrittäjäyhdistys");
        wide.Split('\n').Count(line => line.Contains("Load the demo association", StringComparison.Ordinal)).ShouldBe(1);
        back.ShouldBe(original);
    }

    [Fact]
    public void Wrong_pins_slow_sign_in_down()
    {
        // Given: an association with a coordinator PIN
        using var planner = Planner.Start(store: Store);
        planner.Wait("2. Create the association");
        planner.SendKeys("2");
        planner.Wait("Population of the area");
        planner.SendKeys("Enter", "Enter");
        planner.Wait("PIN again");
        planner.SendText("2468");
        planner.SendKeys("Tab");
        planner.SendText("2468");
        planner.SendKeys("Enter");
        planner.Wait("you are signed in as the coordinator");
        planner.SendKeys("G", "Enter");
        planner.Wait("Sign in as the coordinator");
        planner.SendKeys("2");
        planner.Wait("Sign in: coordinator");

        // When: three wrong PINs, each after the previous pause
        planner.SendText("1111");
        planner.SendKeys("Enter");
        planner.Wait("Wrong PIN. Wait 1 s before the next attempt.");
        Thread.Sleep(TimeSpan.FromSeconds(1.5)); // let the first pause pass; not an assertion
        planner.SendText("1111");
        planner.SendKeys("Enter");
        planner.Wait("Wrong PIN. Wait 2 s before the next attempt.");
        Thread.Sleep(TimeSpan.FromSeconds(2.5));
        planner.SendText("1111");
        planner.SendKeys("Enter");
        var third = planner.Wait("Wrong PIN. Wait 4 s before the next attempt.");

        // Then: even the right PIN is refused during the pause, and accepted after it
        third.ShouldContain("Next attempt at");
        planner.SendText("2468");
        planner.SendKeys("Enter");
        planner.Wait("Too soon: wait");
        Thread.Sleep(TimeSpan.FromSeconds(4.5));
        planner.SendText("2468");
        planner.SendKeys("Enter");
        planner.Wait("Signed in: coordinator.");
    }
}

/// <summary>The stories on a LiteDB file in the session's home.</summary>
public sealed class PlannerStoriesOnLiteDb : PlannerStories
{
    protected override PlannerStore Store => PlannerStore.LiteDb;
}

/// <summary>The same stories on a new association of the PostgreSQL test server.</summary>
public sealed class PlannerStoriesOnPostgres : PlannerStories
{
    protected override PlannerStore Store => PlannerStore.Postgres;
}
