using CoMarketing.Core.Common;
using CoMarketing.Storage.Internal;
using CoMarketing.Storage.LiteDb.Schema;
using LiteDB;

namespace CoMarketing.Storage.LiteDb.Maintenance;

/// <summary>
/// A logical copy of a CoMarketing file into a fresh one: every document of every collection, then the indexes of
/// its schema version, then the version itself. The source is read inside one transaction (which holds the
/// shared-mode mutex), so the copy is one consistent state even while other processes wait to write. The copy is
/// written beside the target under a temporary name and renamed into place, so a failure leaves no half file.
/// </summary>
internal static class LiteCopy
{
    /// <summary>Copies the open <paramref name="source"/> (inside its transaction) to a new file at <paramref name="target"/>.</summary>
    public static void Copy(LiteDatabase source, string target)
    {
        if (File.Exists(target))
        {
            throw new DomainException($"'{target}' already exists; choose another file name.");
        }

        FilePermissions.EnsureFolder(target);
        var partial = $"{target}.partial-{Guid.NewGuid():N}";
        try
        {
            FilePermissions.CreateEmptyIfMissing(partial);
            using (var copy = LiteFile.OpenPrivate(partial))
            {
                Into(source, copy);
            }

            File.Move(partial, target, overwrite: false);
        }
        finally
        {
            DeleteWithCompanions(partial);
        }
    }

    /// <summary>Writes every document of <paramref name="source"/> into the empty <paramref name="copy"/>.</summary>
    public static void Into(LiteDatabase source, LiteDatabase copy)
    {
        var version = source.UserVersion;
        if (version < 0 || version > LiteSchema.Latest)
        {
            throw new DomainException($"The database has schema version {version}, which this program does not know (1–{LiteSchema.Latest}).");
        }

        copy.UtcDate = true;
        foreach (var name in Collections.All.Where(source.CollectionExists))
        {
            var target = copy.GetCollection(name);
            foreach (var batch in source.GetCollection(name).FindAll().Chunk(5000))
            {
                target.InsertBulk(batch);
            }
        }

        for (var step = 1; step <= version; step++)
        {
            LiteSchema.Run(copy, step);
        }

        copy.UserVersion = version;
        copy.Checkpoint();
    }

    public static void DeleteWithCompanions(string path)
    {
        File.Delete(path);
        File.Delete(LogFile(path));
    }

    /// <summary>LiteDB's write-ahead log beside a data file: <c>NAME-log.EXT</c>.</summary>
    public static string LogFile(string path)
        => Path.Combine(Path.GetDirectoryName(path) ?? ".", $"{Path.GetFileNameWithoutExtension(path)}-log{Path.GetExtension(path)}");
}
