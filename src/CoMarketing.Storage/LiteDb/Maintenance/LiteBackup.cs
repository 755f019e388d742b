using CoMarketing.Core.Common;
using CoMarketing.Storage.Internal;

namespace CoMarketing.Storage.LiteDb.Maintenance;

/// <summary>A backup: a logical copy of the live file made inside one transaction (see <see cref="LiteCopy"/>).</summary>
internal static class LiteBackup
{
    public static void Backup(LiteFile file, string targetPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetPath);
        var target = Path.GetFullPath(targetPath);
        if (SamePath(target, file.Path))
        {
            throw DomainException.Of("BackupOverDatabase");
        }

        if (File.Exists(target))
        {
            throw DomainException.Of("BackupExists", target);
        }

        using var db = file.Open();
        db.BeginTrans();
        try
        {
            LiteCopy.Copy(db, target);
        }
        finally
        {
            db.Rollback();
        }

        FilePermissions.RestrictToOwner(target);
    }

    public static bool SamePath(string a, string b)
        => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}
