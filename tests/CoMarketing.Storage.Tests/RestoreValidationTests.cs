using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests;

/// <summary>A restore checks the whole candidate on a private copy before it touches the live file.</summary>
public sealed class RestoreValidationTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(-1, "schema version -1, which this program does not know")]
    [InlineData(0, "schema version 0, which this program does not know")]
    public void A_Backup_With_An_Unknown_Version_Should_Be_Refused_And_Change_Nothing(int version, string expected)
    {
        var (store, backup) = StoreAndBackup();
        RawFile.Edit(backup, db => db.UserVersion = version);
        Should.Throw<DomainException>(() => store.Restore(backup, Actor.Coordinator)).Message.ShouldContain(expected);
        AssertUnchanged(store);
    }

    [Fact]
    public void A_Backup_With_A_Document_The_Domain_Refuses_Should_Be_Refused_And_Change_Nothing()
    {
        var (store, backup) = StoreAndBackup();
        RawFile.EditDocument(backup, "businesses", 1, d => d["municipality"] = "not a code");
        Should.Throw<DomainException>(() => store.Restore(backup, Actor.Coordinator)).Message.ShouldContain("Business id 1 cannot be read");
        AssertUnchanged(store);
    }

    [Fact]
    public void A_Backup_Whose_Campaign_Names_A_Missing_Business_Should_Be_Refused()
    {
        var (store, backup) = StoreAndBackup();
        RawFile.Edit(backup, db => db.GetCollection("businesses").Delete(2));
        Should.Throw<DomainException>(() => store.Restore(backup, Actor.Coordinator)).Message.ShouldContain("refers to business 2, which does not exist");
        AssertUnchanged(store);
    }

    [Fact]
    public void The_Backup_Itself_Should_Not_Be_Changed_By_Restoring_It()
    {
        var (store, backup) = StoreAndBackup();
        var before = File.ReadAllBytes(backup);
        store.Restore(backup, Actor.Coordinator);
        File.ReadAllBytes(backup).ShouldBe(before);
        store.Businesses.Count().ShouldBe(2);
    }

    [Fact]
    public void A_Damaged_Backup_Should_Be_Refused_In_Words_And_Change_Nothing()
    {
        // Given: copies of a sound backup with 64 bytes overwritten somewhere (seeded, so every run is the same)
        var (store, backup) = StoreAndBackup();
        var sound = File.ReadAllBytes(backup);
        var random = new Random(5);
        var refused = 0;
        for (var i = 0; i < 60; i++)
        {
            var damaged = (byte[])sound.Clone();
            var at = random.Next(damaged.Length - 64);
            random.NextBytes(damaged.AsSpan(at, 64));
            var candidate = _temp.File($"damaged-{i}.db");
            File.WriteAllBytes(candidate, damaged);
            var members = store.Businesses.Count();
            var audits = store.Audit.Count();

            // When
            var restore = () => store.Restore(candidate, Actor.Coordinator);

            // Then: a copy whose damage missed everything that matters restores; any other is refused in words
            // (a DomainException naming the file, never a reader's own exception) and the live data is as it was
            try
            {
                restore();
            }
            catch (DomainException error)
            {
                refused++;
                error.Message.ShouldContain(candidate);
                store.Businesses.Count().ShouldBe(members);
                store.Audit.Count().ShouldBe(audits);
                store.Check().ShouldBeEmpty();
            }
        }

        refused.ShouldBeGreaterThan(0);
    }

    private (Store Store, string Backup) StoreAndBackup()
    {
        var store = _temp.Open();
        var a = store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var b = store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator);
        store.Campaigns.Add(Samples.Campaign(a.Id, b.Id), Actor.Coordinator);
        var backup = _temp.File("backup.db");
        store.Backup(backup);
        store.Businesses.Add(Samples.Plain("After the backup"), Actor.Coordinator);
        return (store, backup);
    }

    private static void AssertUnchanged(Store store)
    {
        store.Businesses.Count().ShouldBe(3);
        store.Audit.Recent(1).Single().Action.ShouldBe("business.add");
        Directory.GetFiles(Path.GetDirectoryName(store.Path)!, "*.pre-restore-*").ShouldBeEmpty();
        store.Check().ShouldBeEmpty();
    }
}
