using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage.Internal;
using Microsoft.Data.Sqlite;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>Online backup to a file and validated restore from one, both with SQLite's backup API.</summary>
internal static class BackupRestore
{
    public static void Backup(SqliteDatabase database, string targetPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetPath);
        var target = Path.GetFullPath(targetPath);
        if (SamePath(target, database.Path))
        {
            throw new DomainException("A backup cannot overwrite the database itself; choose another file.");
        }

        if (File.Exists(target))
        {
            throw new DomainException($"'{target}' already exists; choose another file name for the backup.");
        }

        FilePermissions.EnsureFolder(target);
        var partial = $"{target}.partial-{Guid.NewGuid():N}";
        try
        {
            FilePermissions.CreateEmptyIfMissing(partial);
            using (var source = database.Open())
            using (var destination = SqliteDatabase.OpenFile(partial))
            {
                source.BackupDatabase(destination);
                // A backup is one self-contained file: no -wal beside it.
                RawSql.Execute(destination, "PRAGMA journal_mode = DELETE;");
            }

            File.Move(partial, target, overwrite: false);
            FilePermissions.RestrictToOwner(target);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public static void Restore(SqliteDatabase database, string sourcePath, Actor actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourcePath);
        var source = Path.GetFullPath(sourcePath);
        if (SamePath(source, database.Path))
        {
            throw new DomainException("Cannot restore the database from itself; choose a backup file.");
        }

        var version = Validate(source);
        var safety = $"{database.Path}.pre-restore-{database.Clock.GetUtcNow():yyyyMMdd-HHmmss}.bak";
        if (!File.Exists(safety))
        {
            Backup(database, safety);
        }

        using (var from = SqliteDatabase.OpenFile(source, readOnly: true))
        using (var into = database.Open())
        {
            // One write transaction on the destination: it is replaced whole or not at all.
            from.BackupDatabase(into);
            RawSql.Execute(into, "PRAGMA journal_mode = WAL;");
        }

        if (version < Migrations.Latest)
        {
            Migrator.Migrate(database.Path, Migrations.Latest);
        }

        database.Write(actor, "database.restore", (c, t) => (0, $"Restored the database from '{source}' (schema version {version})."));
        FilePermissions.RestrictToOwner(database.Path);
    }

    /// <summary>Checks that <paramref name="path"/> is a sound CoMarketing database; returns its schema version.</summary>
    public static int Validate(string path)
    {
        if (!File.Exists(path))
        {
            throw new DomainException($"There is no backup file at '{path}'.");
        }

        try
        {
            using var connection = Migrator.OpenChecked(path, readOnly: true);
            var problems = RawSql.Query(connection, "PRAGMA integrity_check;", null, r => r.GetString(0));
            if (problems is not ["ok"])
            {
                throw new DomainException($"'{path}' is damaged (SQLite integrity check: {problems.FirstOrDefault()}); nothing was restored.");
            }

            var version = Migrator.ReadVersion(connection, path);
            var tables = RawSql.Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table'", null, r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
            var missing = Migrations.RequiredTables.Where(t => !tables.Contains(t)).ToList();
            if (version == 0 || missing.Count > 0)
            {
                throw new DomainException($"'{path}' is not a CoMarketing backup (missing tables: {string.Join(", ", missing.DefaultIfEmpty("all"))}); nothing was restored.");
            }

            return version;
        }
        catch (SqliteException ex)
        {
            throw new DomainException($"'{path}' cannot be read as a CoMarketing backup ({ex.Message}); nothing was restored.", ex);
        }
    }

    private static bool SamePath(string a, string b)
        => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}
