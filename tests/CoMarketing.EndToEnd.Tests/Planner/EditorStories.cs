namespace CoMarketing.EndToEnd.Tests.Planner;

public abstract class EditorStories
{
    /// <summary>Where the planner's empty database is made: each story runs on both stores (the classes below).</summary>
    protected abstract PlannerStore Store { get; }

    [Fact]
    public void A_newcomer_loads_the_demo_opens_a_business_and_sees_its_matches_with_reasons()
    {
        // Given: the demo, browsing as a guest
        using var planner = Planner.Start(store: Store);
        planner.Wait("1. Load the demo association");
        planner.SendKeys("Enter");
        planner.Wait("Members: 45");

        // When: Businesses, find Kahvila Aalto, open it
        planner.SendKeys("1");
        planner.Wait("45 members");
        planner.SendKeys("/");
        planner.SendText("Kahvila Aalto");
        planner.SendKeys("Enter", "Enter");
        var profile = planner.Wait("read-only");

        // Then: its public profile
        profile.ShouldContain("CoMarketing › Kahvila Aalto");
        profile.ShouldContain("Rovaniemi (698)");

        // When: its matches
        planner.SendKeys("m");
        var matches = planner.Wait("Why "); // drawn below the list: the whole frame has arrived
        matches.ShouldContain("Matches for Kahvila Aalto");

        // Then: ranked partners with reasons, and no competitor
        matches.ShouldContain("Why ");
        matches.ShouldContain("both reach");
        matches.ShouldNotContain("Kahvila Kuura");

        // When: the best match in full
        planner.SendKeys("Enter");
        var detail = planner.Wait("Reasons");

        // Then
        detail.ShouldContain("Age groups");
        detail.ShouldContain("New reach");
        planner.SendKeys("C-c");
        planner.WaitForExit(Planner.Patience).ShouldBe(0);
    }

    [Fact]
    public void I_set_the_audience_and_a_channel_for_a_new_business()
    {
        // Given: the demo and a newly registered member (signed in)
        using var planner = Planner.Start(store: Store);
        planner.LoadDemoAndRegister("Pyöräpaja Äkäslompolo", "2468");

        // When: my business, the Audience tab: 25–34 to 60 %, then scale the bands to 100 %
        planner.SendKeys("2");
        planner.Wait("Edit Pyöräpaja"); // the title yields to "Signed in: …" at 80 columns
        planner.SendKeys("F3");
        planner.Wait("Age bands total 100 %");
        planner.SendKeys("Tab", "Tab", "End", "BSpace", "BSpace", "BSpace");
        planner.SendText("60");
        var unbalanced = planner.Wait("Age bands total 146 %"); // both digits typed, not just the "6"
        planner.SendKeys("C-n");
        planner.Wait("Age bands total 100 %");

        // When: a channel with a Finnish amount, then save
        planner.SendKeys("F4", "a", "Right", "Tab");
        planner.SendText("@äkäspyörä");
        planner.SendKeys("Tab");
        planner.SendText("4200");
        planner.SendKeys("Tab");
        planner.SendText("3,5");
        planner.SendKeys("Tab");
        planner.SendText("1 234,50");
        planner.SendKeys("Enter");
        planner.Wait("@äkäspyörä");
        planner.SendKeys("C-s");
        planner.Wait("Saved Pyöräpaja Äkäslompolo.");

        // Then: opened again from the database, the channel and the audience are there
        planner.SendKeys("Escape");
        planner.Wait("2. My business");
        planner.SendKeys("2");
        planner.Wait("Edit Pyöräpaja"); // the title yields to "Signed in: …" at 80 columns
        planner.SendKeys("F4");
        var channels = planner.Wait("@äkäspyörä");
        planner.SendKeys("F3");
        var audience = planner.Wait("Age bands total 100 %");

        unbalanced.ShouldContain("Age bands total 146 %");
        channels.ShouldContain("Instagram");
        channels.ShouldContain("1,234.50");
        audience.ShouldContain("25–34");
        audience.Split('\n').Single(line => line.Contains("25–34", StringComparison.Ordinal)).ShouldContain("41");
        planner.SendKeys("C-q"); // Ctrl+C in a text field copies (Terminal.Gui); Ctrl+Q quits from anywhere
        planner.WaitForExit(Planner.Patience).ShouldBe(0);
    }
}

/// <summary>The stories on a LiteDB file in the session's home.</summary>
public sealed class EditorStoriesOnLiteDb : EditorStories
{
    protected override PlannerStore Store => PlannerStore.LiteDb;
}

/// <summary>The same stories on a new association of the PostgreSQL test server.</summary>
public sealed class EditorStoriesOnPostgres : EditorStories
{
    protected override PlannerStore Store => PlannerStore.Postgres;
}
