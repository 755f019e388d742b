using CoMarketing.Core.Common;
using CoMarketing.Storage.Internal;
using Microsoft.Data.Sqlite;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>
/// Brings a database file to the current schema: refuses files that are not ours or are newer, backs up a file
/// holding data to <c>&lt;file&gt;.pre-vN.bak</c> before running migration N, then runs each pending step in its own
/// write transaction together with its <c>PRAGMA user_version</c>.
/// </summary>
internal static class Migrator
{
    private const int SqliteNotADatabase = 26;

    public static void Migrate(string path, int upTo)
    {
        using var connection = MigrateAndOpen(path, upTo);
    }

    /// <summary>
    /// Migrates as <see cref="Migrate(string, int)"/> does and hands back the open connection, so opening the store needs only one
    /// connection for the schema check and its first read (a shorter start-up). The caller disposes it.
    /// </summary>
    public static SqliteConnection MigrateAndOpen(string path, int upTo)
    {
        FilePermissions.EnsureFolder(path);
        FilePermissions.CreateEmptyIfMissing(path);
        var connection = OpenChecked(path);
        try
        {
            MigrateOn(connection, path, upTo);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void MigrateOn(SqliteConnection connection, string path, int upTo)
    {
        var version = ReadVersion(connection, path);
        if (version >= upTo)
        {
            return;
        }

        if (version > 0)
        {
            BackupBeforeMigration(connection, $"{path}.pre-v{version + 1}.bak");
        }

        RawSql.Execute(connection, "PRAGMA journal_mode = WAL;");
        for (var target = version + 1; target <= upTo; target++)
        {
            using var transaction = SqliteDatabase.BeginImmediate(connection);
            // Another process may have migrated while we waited for the lock.
            if (RawSql.Scalar(connection, "PRAGMA user_version;", transaction) < target)
            {
                RawSql.Execute(connection, Migrations.Steps[target - 1], transaction);
                RawSql.Execute(connection, $"PRAGMA user_version = {target};", transaction);
            }

            transaction.Commit();
        }
    }

    /// <summary>Reads <c>user_version</c> and refuses a file that is not a CoMarketing database or is too new.</summary>
    public static int ReadVersion(SqliteConnection connection, string path)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var version = RawSql.Scalar(connection, "PRAGMA user_version;");
        if (version > Migrations.Latest)
        {
            throw new DomainException($"'{path}' was written by a newer CoMarketing (schema version {version}; this program knows up to {Migrations.Latest}). Update CoMarketing to open it.");
        }

        if (version == 0 && RawSql.Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%';") > 0)
        {
            throw new DomainException($"'{path}' is an SQLite database but not a CoMarketing one; choose another file.");
        }

        return (int)version;
    }

    public static SqliteConnection OpenChecked(string path, bool readOnly = false)
    {
        SqliteConnection? connection = null;
        try
        {
            connection = SqliteDatabase.OpenFile(path, readOnly);
            RawSql.Scalar(connection, "SELECT count(*) FROM sqlite_master;");
            return connection;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteNotADatabase)
        {
            connection?.Dispose();
            throw new DomainException($"'{path}' is not a CoMarketing database (not an SQLite file).", ex);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    private static void BackupBeforeMigration(SqliteConnection source, string backupPath)
    {
        File.Delete(backupPath);
        FilePermissions.CreateEmptyIfMissing(backupPath);
        using (var target = SqliteDatabase.OpenFile(backupPath))
        {
            source.BackupDatabase(target);
        }

        FilePermissions.RestrictToOwner(backupPath);
    }
}
