using CoMarketing.Core.Common;
using CoMarketing.Storage.Postgres;
using CoMarketing.Storage.Tests.Contract.Postgres;
using Npgsql;

namespace CoMarketing.Storage.Tests.Postgres;

/// <summary>The PostgreSQL schema's migrations, each test in a fresh schema of the test database.</summary>
public sealed class MigrationTests : IDisposable
{
    private readonly string _schema = $"migration_{Guid.NewGuid():N}";
    private readonly NpgsqlDataSource _admin = NpgsqlDataSource.Create(PostgresServer.Target.Settings);

    public MigrationTests() => Execute($"CREATE SCHEMA {_schema}");

    public void Dispose()
    {
        Execute($"DROP SCHEMA {_schema} CASCADE");
        _admin.Dispose();
    }

    [Fact]
    public async Task Two_Programs_Starting_At_Once_Should_Migrate_Once()
    {
        // Given: two programs, each with its own connections, meeting at the start line
        using var first = InSchema();
        using var second = InSchema();
        using var start = new Barrier(2);

        // When
        var runs = await Task.WhenAll(new[] { first, second }.Select(source => Task.Run(() =>
        {
            start.SignalAndWait();
            return PgMigrator.Migrate(source);
        })));

        // Then: one applied every step, the other found them done
        runs.Order().ShouldBe([0, PgSchema.Latest]);
        Versions().ShouldBe(Enumerable.Range(1, PgSchema.Latest));
    }

    [Fact]
    public void A_Later_Program_Should_Apply_Only_The_Missing_Steps()
    {
        using var source = InSchema();
        PgMigrator.Migrate(source, 1).ShouldBe(1);
        PgMigrator.Migrate(source).ShouldBe(PgSchema.Latest - 1);
        PgMigrator.Migrate(source).ShouldBe(0);
        Versions().ShouldBe(Enumerable.Range(1, PgSchema.Latest));
    }

    [Fact]
    public void A_Database_Of_A_Newer_Version_Should_Be_Refused_And_Left_As_It_Is()
    {
        using var source = InSchema();
        PgMigrator.Migrate(source);
        Execute($"INSERT INTO {_schema}.comarketing_schema (version, description) VALUES (99, 'from the future')");
        Should.Throw<DomainException>(() => PgMigrator.Migrate(source)).Message
            .ShouldBe($"The database has schema version 99, written by a newer CoMarketing (this one knows 1–{PgSchema.Latest}); update the program.");
        Versions().Max().ShouldBe(99);
    }

    private NpgsqlDataSource InSchema()
        => NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(PostgresServer.Target.Settings.ConnectionString) { SearchPath = _schema });

    private List<int> Versions()
    {
        using var command = _admin.CreateCommand($"SELECT version FROM {_schema}.comarketing_schema ORDER BY version");
        using var reader = command.ExecuteReader();
        var versions = new List<int>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private void Execute(string sql)
    {
        using var command = _admin.CreateCommand(sql);
        command.ExecuteNonQuery();
    }
}
