namespace CoMarketing.EndToEnd.Tests.Planner;

/// <summary>Which store a story's planner runs on: every planner story runs on both (a class for each).</summary>
public enum PlannerStore
{
    /// <summary>A LiteDB file in the session's home.</summary>
    LiteDb,

    /// <summary>A new association of the PostgreSQL test server named by <c>COMARKETING_TEST_PG</c>.</summary>
    Postgres,
}
