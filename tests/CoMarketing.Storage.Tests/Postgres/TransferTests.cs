using System.Text.Json;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Core.Demo;
using CoMarketing.Storage.Demo;
using CoMarketing.Storage.Postgres;
using CoMarketing.Storage.Tests.Contract.Postgres;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests.Postgres;

/// <summary>An association moving between a LiteDB file and PostgreSQL: backups, restores, imports and check.</summary>
public sealed class TransferTests : IDisposable
{
    private readonly TempDatabase _temp = new();
    private readonly List<PgStore> _opened = [];

    public void Dispose()
    {
        _opened.ForEach(s => s.Dispose());
        _temp.Dispose();
    }

    [Fact]
    public void The_Demo_Association_Should_Move_To_Postgres_And_Back_Unchanged()
    {
        // Given: the demo association in a file, with a PIN and a draft
        var file = _temp.Open();
        DemoInstaller.Install(file, DemoAssociation.Build(new DateOnly(2027, 3, 14)), false, Actor.CommandLine, _temp.Clock);
        var member = file.Businesses.GetAll()[3];
        file.Kiosk.SetPin(Actor.Member(member.Id), new Core.Kiosk.PinHasher(Core.Kiosk.PinHasher.MinimumIterations).Hash(Core.Kiosk.Pin.Parse("4826")), Actor.Coordinator);
        file.Kiosk.SaveDraft(member.Id, "editor", "{\"name\":\"Uusi\"}", _temp.Clock.GetUtcNow());

        // When: into PostgreSQL, then back out to a new file
        var server = New();
        server.Import(file.Path, Actor.CommandLine);
        var back = _temp.File("back.db");
        server.Backup(back);
        var returned = Store.Open(back, _temp.Clock);

        // Then
        Fingerprint(server).ShouldBe(Fingerprint(file));
        Fingerprint(returned).ShouldBe(Fingerprint(file));
        server.Kiosk.GetCredentials(Actor.Member(member.Id))!.Pin.ShouldBe(file.Kiosk.GetCredentials(Actor.Member(member.Id))!.Pin);
        server.Kiosk.LoadDraft(member.Id, "editor")!.Content.ShouldBe("{\"name\":\"Uusi\"}");
        server.Audit.Recent(1).Single().Action.ShouldBe("database.copy");
        server.Check().ShouldBeEmpty();
        returned.Check().ShouldBeEmpty();
    }

    [Fact]
    public void Importing_Into_An_Association_That_Has_Members_Should_Be_Refused_And_Change_Nothing()
    {
        var file = _temp.Open();
        file.Businesses.Add(Samples.Plain("Tiedostossa"), Actor.Coordinator);
        var server = New();
        server.Businesses.Add(Samples.Plain("Palvelimella"), Actor.Coordinator);
        Should.Throw<DomainException>(() => server.Import(file.Path, Actor.CommandLine)).Message.ShouldContain("already holds 1 businesses and 0 campaigns");
        server.Businesses.GetAll().Single().Name.ShouldBe("Palvelimella");
    }

    [Fact]
    public void A_Damaged_Backup_Should_Be_Refused_And_The_Association_Kept()
    {
        var server = New();
        server.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var damaged = _temp.File("damaged.db");
        File.WriteAllBytes(damaged, [.. Enumerable.Repeat((byte)0x5A, 20_000)]);
        Should.Throw<DomainException>(() => server.Restore(damaged, Actor.Coordinator)).Message.ShouldContain("nothing was restored");
        server.Businesses.Count().ShouldBe(1);
        server.Audit.Count().ShouldBe(1);
    }

    [Fact]
    public void A_Restore_Should_Replace_The_Association_And_Keep_The_Previous_Content_Beside_The_Backup()
    {
        var server = New();
        var kept = server.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var backup = _temp.File("before.db");
        server.Backup(backup);
        server.Businesses.Update(Samples.Cafe("Kahvila Muutettu").WithId(kept.Id), Actor.Coordinator);

        server.Restore(backup, Actor.Coordinator);

        server.Businesses.Get(kept.Id)!.Name.ShouldBe("Kahvila Äänekäs");
        server.Audit.Recent(1).Single().Action.ShouldBe("database.restore");
        Directory.GetFiles(_temp.Folder, "before.db.pre-restore-*.bak").ShouldHaveSingleItem();
        server.Check().ShouldBeEmpty();
    }

    [Fact]
    public void Check_Should_Find_A_Row_Whose_Version_Disagrees_With_Its_Document()
    {
        var server = New();
        var saved = server.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        using (var raw = Npgsql.NpgsqlDataSource.Create(PostgresServer.Target.Settings))
        using (var connection = raw.OpenConnection())
        using (var transaction = connection.BeginTransaction())
        {
            using var key = new Npgsql.NpgsqlCommand($"SELECT set_config('comarketing.association', '{server.AssociationId}', true)", connection, transaction);
            key.ExecuteNonQuery();
            using var damage = new Npgsql.NpgsqlCommand($"UPDATE businesses SET version = 7 WHERE association_id = {server.AssociationId} AND id = {saved.Id}", connection, transaction);
            damage.ExecuteNonQuery();
            transaction.Commit();
        }

        server.Check().ShouldBe([$"Business id {saved.Id} has version 7 in its row but 1 in its document."]);
    }

    private PgStore New()
    {
        var store = PgStore.Open(PostgresServer.NewAssociation(), _temp.Clock);
        _opened.Add(store);
        return store;
    }

    private static string Fingerprint(IStore store) => JsonSerializer.Serialize(new
    {
        Settings = store.Association.Get(),
        Businesses = store.Businesses.GetAll(includeArchived: true),
        Campaigns = store.Campaigns.GetAll(),
        Pairs = store.PairPreferences.GetAll(),
        Budget = store.Budget.Get(),
    });
}
