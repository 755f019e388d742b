using CoMarketing.Core.Common;
using CoMarketing.Storage.Conversion.Sqlite;
using CoMarketing.Storage.Internal;
using CoMarketing.Storage.LiteDb;
using CoMarketing.Storage.LiteDb.Maintenance;
using CoMarketing.Storage.LiteDb.Schema;
using Microsoft.Data.Sqlite;

namespace CoMarketing.Storage.Conversion;

/// <summary>
/// Converts a file of the earlier SQLite format (schema versions 1–4) to the LiteDB store, once, on first open:
/// every row, PIN hash, wrong-PIN record, draft and audit entry is carried over and the counts are verified before
/// anything is replaced. The original is kept as <c>&lt;file&gt;.sqlite.bak</c>, and the conversion is recorded
/// in the new file (see <see cref="ConversionRecord"/>) and in its audit log.
/// </summary>
internal static class SqliteConverter
{
    /// <summary>Converts the SQLite file at <paramref name="path"/>; the LiteDB file takes its place.</summary>
    public static void ConvertInPlace(string path, TimeProvider clock)
    {
        using var gate = ConversionLock.Acquire(path);
        if (FileFormat.Detect(path) != FileKind.Sqlite)
        {
            return; // Another process converted it while this one waited.
        }

        var keptAs = File.Exists(path + ".sqlite.bak") ? $"{path}.sqlite-{clock.GetUtcNow():yyyyMMdd-HHmmss}.bak" : path + ".sqlite.bak";
        var converted = $"{path}.converting-{Guid.NewGuid():N}";
        try
        {
            ConvertCopy(path, converted, clock, keptAs);
            File.Move(path, keptAs);
            foreach (var suffix in new[] { "-wal", "-shm" }.Where(s => File.Exists(path + s)))
            {
                File.Move(path + suffix, keptAs + suffix);
            }

            File.Move(converted, path);
        }
        finally
        {
            LiteCopy.DeleteWithCompanions(converted);
        }
    }

    /// <summary>
    /// Writes the content of the SQLite file at <paramref name="source"/> into a new LiteDB file at
    /// <paramref name="target"/> (current schema), leaving the source as it was.
    /// </summary>
    public static void ConvertCopy(string source, string target, TimeProvider clock, string? keptAs = null)
    {
        var snapshot = $"{target}.sqlite-snapshot";
        try
        {
            var version = Snapshot(source, snapshot);
            FilePermissions.CreateEmptyIfMissing(target);
            using var into = LiteFile.OpenPrivate(target);
            into.UtcDate = true;
            LiteMigrator.RunStep(into, 1);
            var legacy = SqliteStore.Open(snapshot, clock);
            var counts = SqliteReader.CopyAll(legacy, snapshot, into, clock);
            ConversionRecord.Write(into, new ConversionRecord(version, clock.GetUtcNow(), keptAs ?? source, counts));
            into.UserVersion = 1;
            for (var step = 2; step <= LiteSchema.Latest; step++)
            {
                LiteMigrator.RunStep(into, step);
            }

            into.Checkpoint();
        }
        catch (SqliteException ex)
        {
            throw new DomainException($"'{source}' is an SQLite file that cannot be converted ({ex.Message}); it was left as it is.", ex);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var leftover in Directory.GetFiles(Path.GetDirectoryName(snapshot) ?? ".", Path.GetFileName(snapshot) + "*"))
            {
                File.Delete(leftover);
            }
        }
    }

    /// <summary>A consistent copy of the source (its WAL included) with SQLite's backup API; returns its schema version.</summary>
    private static int Snapshot(string source, string snapshot)
    {
        FilePermissions.CreateEmptyIfMissing(snapshot);
        using var from = Migrator.OpenChecked(source, readOnly: false);
        var version = Migrator.ReadVersion(from, source);
        if (version == 0)
        {
            throw new DomainException($"'{source}' is an empty SQLite file, not a CoMarketing database; it was left as it is.");
        }

        using (var to = SqliteDatabase.OpenFile(snapshot))
        {
            from.BackupDatabase(to);
        }

        return version;
    }
}
