using CoMarketing.Core.Common;
using CoMarketing.Storage.Internal;
using CoMarketing.Storage.LiteDb.Maintenance;
using LiteDB;

namespace CoMarketing.Storage.LiteDb.Schema;

/// <summary>
/// Creates new files and brings older ones to the current schema. A file is refused when it is not a CoMarketing
/// file or was written by a newer version. Before the first pending step a file holding data is copied to
/// <c>&lt;file&gt;.pre-vN.bak</c>; each step runs in one transaction and then records its <c>UserVersion</c>.
/// </summary>
internal static class LiteMigrator
{
    /// <summary>
    /// Creates a new file at <paramref name="path"/> at schema version <paramref name="version"/>: built under a
    /// temporary name (owner-only) and moved into place, so a second process never sees a half-made file. Returns
    /// false when another process created the file first.
    /// </summary>
    public static bool Create(string path, int version)
    {
        FilePermissions.EnsureFolder(path);
        var partial = $"{path}.new-{Guid.NewGuid():N}";
        try
        {
            FilePermissions.CreateEmptyIfMissing(partial);
            using (var db = LiteFile.OpenPrivate(partial))
            {
                db.UtcDate = true;
                for (var step = 1; step <= version; step++)
                {
                    LiteSchema.Run(db, step);
                }

                db.UserVersion = version;
                db.Checkpoint();
            }

            try
            {
                File.Move(partial, path, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(path))
            {
                return false;
            }
        }
        finally
        {
            LiteCopy.DeleteWithCompanions(partial);
        }
    }

    /// <summary>Checks the file's version and runs the pending steps up to <paramref name="upTo"/>.</summary>
    public static void Migrate(string path, bool readOnly, int upTo)
    {
        using var db = OpenChecked(path, readOnly);
        var version = ReadVersion(db, path);
        if (version >= upTo)
        {
            return;
        }

        if (readOnly)
        {
            throw new DomainException($"'{path}' is read-only and was written by an earlier CoMarketing (schema version {version}); make it writable once so it can be upgraded.");
        }

        var backup = $"{path}.pre-v{version + 1}.bak";
        if (!File.Exists(backup))
        {
            db.BeginTrans();
            try
            {
                LiteCopy.Copy(db, backup);
            }
            catch (IOException) when (File.Exists(backup))
            {
                // Another process is upgrading the same file and made the copy first.
            }
            finally
            {
                db.Rollback();
            }
        }

        for (var target = version + 1; target <= upTo; target++)
        {
            RunStep(db, target);
        }
    }

    /// <summary>Runs one step (skipped when another process already did) and records the version.</summary>
    public static void RunStep(LiteDatabase db, int target)
    {
        db.BeginTrans();
        try
        {
            if (db.UserVersion < target)
            {
                LiteSchema.Run(db, target);
            }

            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }

        if (db.UserVersion < target)
        {
            db.UserVersion = target;
        }
    }

    /// <summary>Reads <c>UserVersion</c>, refusing a file this program cannot use.</summary>
    public static int ReadVersion(LiteDatabase db, string path)
    {
        var version = db.UserVersion;
        if (version > LiteSchema.Latest)
        {
            throw new DomainException($"'{path}' was written by a newer CoMarketing (schema version {version}; this program knows up to {LiteSchema.Latest}). Update CoMarketing to open it.");
        }

        if (version <= 0)
        {
            throw new DomainException($"'{path}' is a LiteDB file but not a CoMarketing database (schema version {version}); choose another file.");
        }

        return version;
    }

    public static LiteDatabase OpenChecked(string path, bool readOnly)
    {
        try
        {
            var db = LiteFile.OpenShared(path, readOnly);
            try
            {
                _ = db.UserVersion;
                return db;
            }
            catch
            {
                db.Dispose();
                throw;
            }
        }
        catch (LiteException ex)
        {
            throw new DomainException($"'{path}' cannot be opened as a CoMarketing database ({ex.Message}).", ex);
        }
    }
}
