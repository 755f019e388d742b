using CoMarketing.Storage.Postgres;

namespace CoMarketing.Storage.Tests.Contract.Postgres;

/// <summary>
/// The PostgreSQL server the tests use, named by <c>COMARKETING_TEST_PG</c> (a URL such as
/// <c>postgres://comarketing@127.0.0.1:55432/comarketing_test</c>; <c>.ci/run</c> starts one and sets it). Without it
/// the PostgreSQL tests fail, saying so: they are never skipped silently. To leave them out on purpose, filter them
/// out (<c>dotnet test --filter "FullyQualifiedName!~Postgres"</c>).
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "COMARKETING_TEST_PG";

    public static PgTarget Target
    {
        get
        {
            var url = Environment.GetEnvironmentVariable(Variable);
            if (string.IsNullOrWhiteSpace(url))
            {
                throw new InvalidOperationException(
                    $"{Variable} is not set, so the PostgreSQL tests cannot run. Start a server and set it, e.g. "
                    + $"{Variable}=postgres://comarketing@127.0.0.1:55432/comarketing_test (.ci/run shows how), or leave these tests out "
                    + "with --filter \"FullyQualifiedName!~Postgres\".");
            }

            return PgTarget.Parse(url);
        }
    }

    /// <summary>A target for a new association with a unique name: an empty store for one test.</summary>
    public static PgTarget NewAssociation() => Target.ForAssociation($"test-{Guid.NewGuid():N}");
}
