using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage.Conversion;
using CoMarketing.Storage.Internal;
using CoMarketing.Storage.LiteDb.Schema;
using LiteDB;

namespace CoMarketing.Storage.LiteDb.Maintenance;

/// <summary>
/// Restore: the candidate is copied (or, if in the earlier SQLite format, converted) into a private file, brought
/// to the current schema there and checked in full (every document maps to valid domain values, references resolve,
/// index counts agree, the version is known). Only then is the live content saved to
/// <c>&lt;file&gt;.pre-restore-…bak</c> and replaced in one transaction. Any failure before that changes nothing.
/// </summary>
internal static class LiteRestore
{
    public static void Restore(LiteFile file, string sourcePath, Actor actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourcePath);
        var source = Path.GetFullPath(sourcePath);
        if (LiteBackup.SamePath(source, file.Path))
        {
            throw DomainException.Of("RestoreFromItself");
        }

        if (file.ReadOnly)
        {
            throw DomainException.Of("RestoreReadOnly", file.Path);
        }

        if (!File.Exists(source))
        {
            throw DomainException.Of("RestoreNoFile", source);
        }

        var candidate = Path.Combine(Path.GetDirectoryName(file.Path) ?? ".", $".restore-{Guid.NewGuid():N}.db");
        try
        {
            var version = Prepare(source, candidate, file.Clock);
            var stamp = file.Clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
            var safety = $"{file.Path}.pre-restore-{stamp}.bak";
            if (!File.Exists(safety))
            {
                LiteBackup.Backup(file, safety);
            }

            using var from = LiteFile.OpenPrivate(candidate, readOnly: true);
            file.Write(actor, "database.restore", db =>
            {
                foreach (var name in Collections.All)
                {
                    var live = db.GetCollection(name);
                    live.DeleteAll();
                    if (from.CollectionExists(name))
                    {
                        foreach (var batch in from.GetCollection(name).FindAll().Chunk(5000))
                        {
                            live.Insert(batch);
                        }
                    }
                }

                return (0, $"Restored the database from '{source}' (schema version {version}); the previous content is in '{safety}'.");
            });
        }
        finally
        {
            LiteCopy.DeleteWithCompanions(candidate);
        }
    }

    /// <summary>Makes the validated, current-schema private copy; returns the version the backup had.</summary>
    internal static int Prepare(string source, string candidate, TimeProvider clock)
    {
        DatabasePath.Validate(source);
        switch (FileFormat.Detect(source))
        {
            case FileKind.Sqlite:
                SqliteConverter.ConvertCopy(source, candidate, clock);
                break;
            case FileKind.LiteDb:
                CopyLiteBackup(source, candidate);
                break;
            default:
                throw DomainException.Of("RestoreNotDatabase", source);
        }

        try
        {
            using var db = LiteFile.OpenPrivate(candidate);
            var version = db.UserVersion;
            if (version <= 0 || version > LiteSchema.Latest)
            {
                throw DomainException.Of("RestoreUnknownSchema", source, version, LiteSchema.Latest);
            }

            for (var target = version + 1; target <= LiteSchema.Latest; target++)
            {
                LiteMigrator.RunStep(db, target);
            }

            var problems = LiteChecker.Check(db, source);
            if (problems.Count > 0)
            {
                throw DomainException.Of("RestoreFailedCheck", source, problems.Count, problems[0]);
            }

            return version;
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw Unreadable(source, ex);
        }
    }

    /// <summary>
    /// Whether an exception met while decoding the candidate means its bytes are damaged. The candidate is untrusted
    /// input, and LiteDB's readers, meeting garbage, fail with almost anything besides their own
    /// <see cref="LiteException"/> (decoding, cast, range, missing-key, "not implemented" for an unknown page or BSON
    /// type, fuzz found each), so every exception means "not a readable backup" except those about this machine rather
    /// than the file: no memory, no permission, a failing disk, and our own worded <see cref="DomainException"/>.
    /// </summary>
    private static bool IsDamage(Exception ex)
        => ex is not (OutOfMemoryException or UnauthorizedAccessException or DomainException or OperationCanceledException)
            && (ex is not IOException || ex is EndOfStreamException);

    private static DomainException Unreadable(string source, Exception ex)
        => new($"'{source}' cannot be read as a CoMarketing backup: it is damaged ({ex.Message}); nothing was restored.", ex);

    /// <summary>Copies the backup's documents into the candidate without writing to the backup (opened read-only).</summary>
    private static void CopyLiteBackup(string source, string candidate)
    {
        try
        {
            using var from = LiteFile.OpenPrivate(source, readOnly: true);
            FilePermissions.CreateEmptyIfMissing(candidate);
            using var into = LiteFile.OpenPrivate(candidate);
            LiteCopy.Into(from, into);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw Unreadable(source, ex);
        }
    }
}
