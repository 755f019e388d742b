using CoMarketing.Core.Audit;
using CoMarketing.Storage.Postgres;
using CoMarketing.Storage.Tests.Contract.Postgres;
using CoMarketing.Storage.Tests.Infrastructure;
using Npgsql;

namespace CoMarketing.Storage.Tests.Postgres;

/// <summary>Many associations on one server: row-level security keeps each one's rows from the others' connections.</summary>
public sealed class AssociationIsolationTests : IDisposable
{
    private readonly FixedClock _clock = new(new DateTimeOffset(2027, 3, 14, 10, 30, 0, TimeSpan.Zero));
    private readonly PgStore _a;
    private readonly PgStore _b;
    private readonly NpgsqlDataSource _raw = NpgsqlDataSource.Create(PostgresServer.Target.Settings);

    public AssociationIsolationTests()
    {
        _a = PgStore.Open(PostgresServer.NewAssociation(), _clock);
        _b = PgStore.Open(PostgresServer.NewAssociation(), _clock);
    }

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
        _raw.Dispose();
    }

    [Fact]
    public void The_Test_Server_User_Should_Be_Bound_By_Row_Level_Security()
    {
        // A superuser bypasses row-level security, which would make the tests below prove nothing.
        Scalar<bool>(null, "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
            .ShouldBeFalse("COMARKETING_TEST_PG must name a user that is not a superuser and has no BYPASSRLS");
    }

    [Fact]
    public void A_Store_Of_One_Association_Should_See_Nothing_Of_Another()
    {
        var secret = _b.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        _b.Association.Update(_b.Association.Get() with { PaymentTermDays = 45 }, Actor.Coordinator);

        _a.Businesses.Get(secret.Id).ShouldBeNull();
        _a.Businesses.FindByName("Kahvila").ShouldBeEmpty();
        _a.Summary().Members.ShouldBe(0);
        _a.Association.Get().PaymentTermDays.ShouldNotBe(45);
        _a.Audit.Count().ShouldBe(0);
        _b.Businesses.Get(secret.Id).ShouldBe(secret);
    }

    [Fact]
    public void A_Connection_Keyed_To_Association_A_Should_Fail_To_Read_Or_Write_Association_B()
    {
        _b.Businesses.Add(Samples.Cafe(), Actor.Coordinator);

        // Asking for B's rows by B's id, on a connection keyed to A: the policy hides them.
        Scalar<long>(_a.AssociationId, $"SELECT count(*) FROM businesses WHERE association_id = {_b.AssociationId}").ShouldBe(0);
        Scalar<long>(_a.AssociationId, $"SELECT count(*) FROM settings WHERE association_id = {_b.AssociationId}").ShouldBe(0);
        Scalar<long>(_b.AssociationId, $"SELECT count(*) FROM businesses WHERE association_id = {_b.AssociationId}").ShouldBe(1);

        // No association set: nothing at all.
        Scalar<long>(null, "SELECT count(*) FROM businesses").ShouldBe(0);

        // Changing B's rows from A's connection finds none; adding a row to B is refused by the policy.
        Scalar<long>(_a.AssociationId, $"WITH changed AS (UPDATE businesses SET archived = true WHERE association_id = {_b.AssociationId} RETURNING 1) SELECT count(*) FROM changed").ShouldBe(0);
        var refused = Should.Throw<PostgresException>(() => Scalar<long>(_a.AssociationId, $"WITH added AS (INSERT INTO pairs VALUES ({_b.AssociationId}, 'x', 1, 1, '\\x00') RETURNING 1) SELECT count(*) FROM added"));
        refused.SqlState.ShouldBe("42501");
        _b.Businesses.GetAll().Single().Archived.ShouldBeFalse();
    }

    private T Scalar<T>(long? association, string sql)
    {
        using var connection = _raw.OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (association is { } id)
        {
            using var key = new NpgsqlCommand($"SELECT set_config('comarketing.association', '{id}', true)", connection, transaction);
            key.ExecuteNonQuery();
        }

        using var command = new NpgsqlCommand(sql, connection, transaction);
        return (T)command.ExecuteScalar()!;
    }
}
