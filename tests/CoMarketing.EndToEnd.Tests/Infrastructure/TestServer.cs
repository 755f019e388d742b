namespace CoMarketing.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the stories use, named by <c>COMARKETING_TEST_PG</c> (<c>.ci/run</c> starts one and sets it);
/// without it the PostgreSQL stories fail saying so, never skipped.
/// </summary>
internal static class TestServer
{
    /// <summary>The server with an association of its own, new for each call, as a <c>--db</c> value.</summary>
    public static string NewAssociation()
    {
        var server = Environment.GetEnvironmentVariable("COMARKETING_TEST_PG");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException("COMARKETING_TEST_PG is not set, so the PostgreSQL stories cannot run (.ci/run starts a server and sets it); leave them out with --filter \"FullyQualifiedName!~Postgres\".");
        }

        var association = $"e2e-{Guid.NewGuid():N}"[..20];
        return server.Contains("://", StringComparison.Ordinal)
            ? $"{server}{(server.Contains('?', StringComparison.Ordinal) ? '&' : '?')}association={association}"
            : $"{server};Association={association}";
    }

    /// <summary>True when <paramref name="database"/> names a PostgreSQL server rather than a file.</summary>
    public static bool IsServer(string database) =>
        database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || database.Contains("Host=", StringComparison.OrdinalIgnoreCase);
}
