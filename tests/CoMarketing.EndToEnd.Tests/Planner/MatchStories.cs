namespace CoMarketing.EndToEnd.Tests.Planner;

public abstract class MatchStories
{
    /// <summary>Where the planner's empty database is made: each story runs on both stores (the classes below).</summary>
    protected abstract PlannerStore Store { get; }

    [Fact]
    public void The_first_coordinator_finds_a_group_for_a_cafe_and_starts_a_campaign_with_it()
    {
        // Given: the demo, and whoever signs in as coordinator first chooses the PIN
        using var planner = Planner.Start(store: Store);
        planner.LoadDemoAsFirstCoordinator("2468").ShouldContain("Signed in: coordinator");

        // When: the café's matches, then its best group of three
        planner.SendKeys("1");
        planner.Wait("45 members");
        planner.SendKeys("/");
        planner.SendText("Kahvila Aalto");
        planner.SendKeys("Enter", "m");
        var matches = planner.Wait("Why ");
        planner.SendKeys("g");
        var group = planner.Wait("Best group of 3 partners (3 found), all compatible with each other");
        planner.SendKeys("c");

        // Then: each partner has its band, and the new campaign opens with the group
        matches.ShouldContain("Pts  Band");
        matches.ShouldContain("possible");
        var partner = group.Split('\n')[3].Trim().Split("  ")[0];
        partner.Length.ShouldBeGreaterThan(3, $"the first partner's row: '{group.Split('\n')[3]}'");
        var campaign = planner.WaitUntil(s => !s.Contains("Best group of", StringComparison.Ordinal) && s.Contains(partner, StringComparison.Ordinal),
            "the new campaign with the group's first partner", Planner.Patience);
        campaign.ShouldContain("Kahvila Aalto");
        planner.SendKeys("C-c");
        planner.WaitForExit(Planner.Patience).ShouldBe(0);
    }
}

/// <summary>The stories on a LiteDB file in the session's home.</summary>
public sealed class MatchStoriesOnLiteDb : MatchStories
{
    protected override PlannerStore Store => PlannerStore.LiteDb;
}

/// <summary>The same stories on a new association of the PostgreSQL test server.</summary>
public sealed class MatchStoriesOnPostgres : MatchStories
{
    protected override PlannerStore Store => PlannerStore.Postgres;
}
