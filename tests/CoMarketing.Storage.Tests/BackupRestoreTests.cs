using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests;

public sealed class BackupRestoreTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_Backup_Restored_Should_Bring_Back_The_Data_As_It_Was()
    {
        // Given
        var store = _temp.Open();
        var kept = store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var backup = _temp.File("backup.db");
        store.Backup(backup);
        store.Businesses.Add(Samples.Plain("Added after the backup"), Actor.Coordinator);
        store.Businesses.Archive(kept.Id, Actor.Coordinator);

        // When
        store.Restore(backup, Actor.Coordinator);

        // Then
        store.Businesses.GetAll(includeArchived: true).ShouldBe([kept]);
        store.Audit.Recent(1)[0].Action.ShouldBe("database.restore");
        store.Check().ShouldBeEmpty();
        File.Exists($"{store.Path}.pre-restore-20270314-103000.bak").ShouldBeTrue();
    }

    [Fact]
    public void A_Backup_Should_Be_One_Owner_Only_File_And_Never_Overwrite()
    {
        // Given
        var store = _temp.Open();
        var backup = _temp.File("b.db");

        // When
        store.Backup(backup);

        // Then
        File.Exists(backup + "-wal").ShouldBeFalse();
        File.Exists(_temp.File("b-log.db")).ShouldBeFalse();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(backup).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Should.Throw<DomainException>(() => store.Backup(backup)).Message.ShouldContain("already exists");
        Should.Throw<DomainException>(() => store.Backup(store.Path));
    }

    [Fact]
    public void Restore_Should_Refuse_A_File_That_Is_Not_A_Database_And_Change_Nothing()
    {
        // Given
        var store = _temp.Open();
        var saved = store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var bogus = _temp.File("holiday-photo.db");
        File.WriteAllBytes(bogus, [.. Enumerable.Range(0, 8192).Select(i => unchecked((byte)(i * 7)))]);

        // When
        var error = Should.Throw<DomainException>(() => store.Restore(bogus, Actor.Coordinator));

        // Then
        error.Message.ShouldContain("not a CoMarketing database");
        store.Businesses.GetAll().ShouldBe([saved]);
        store.Audit.Count().ShouldBe(1);
    }

    [Fact]
    public void Restore_Should_Refuse_A_Corrupted_Backup_And_Change_Nothing()
    {
        // Given: a backup with many pages, then garbage written over its middle
        var store = _temp.Open();
        store.Businesses.AddRange([.. Enumerable.Range(0, 400).Select(i => Samples.Plain($"Yritys {i}"))], Actor.CommandLine);
        var backup = _temp.File("damaged.db");
        store.Backup(backup);
        var bytes = File.ReadAllBytes(backup);
        for (var i = 4096 * 3; i < bytes.Length - 4096; i += 3)
        {
            bytes[i] = 0xA5;
        }

        File.WriteAllBytes(backup, bytes);
        store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);

        // When
        var error = Should.Throw<DomainException>(() => store.Restore(backup, Actor.Coordinator));

        // Then
        error.Message.ShouldContain("nothing was restored");
        store.Businesses.Count().ShouldBe(401);
        store.Check().ShouldBeEmpty();
    }

    [Fact]
    public void Restore_Should_Refuse_A_Backup_From_A_Newer_Version()
    {
        var store = _temp.Open();
        var backup = _temp.File("future.db");
        store.Backup(backup);
        RawFile.Edit(backup, db => db.UserVersion = Store.SchemaVersion + 3);

        Should.Throw<DomainException>(() => store.Restore(backup, Actor.Coordinator)).Message.ShouldContain($"schema version {Store.SchemaVersion + 3}, which this program does not know");
    }

    [Fact]
    public void Restore_Should_Migrate_A_Backup_From_The_Previous_Version()
    {
        // Given
        var oldPath = _temp.File("old.db");
        var old = Store.Open(oldPath, _temp.Clock, Store.SchemaVersion - 1);
        var saved = old.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var store = _temp.Open();

        // When
        store.Restore(oldPath, Actor.Coordinator);

        // Then
        store.Businesses.GetAll().ShouldBe([saved]);
        store.Check().ShouldBeEmpty();
    }
}
