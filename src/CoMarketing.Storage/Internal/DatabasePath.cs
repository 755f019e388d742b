using CoMarketing.Core.Common;

namespace CoMarketing.Storage.Internal;

/// <summary>
/// Checks a database path before anything opens or creates it: a path that is empty, a folder, a symbolic link
/// that leads nowhere (or in a loop), or something that is not a regular file (<c>/dev/null</c>, a FIFO) is refused
/// with one message, without opening it (opening a FIFO would block). An existing empty file is refused too:
/// it is not a database, and a command must not turn it into one.
/// </summary>
internal static class DatabasePath
{
    public static string Validate(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new DomainException("The database path is empty; give a file name with --db or COMARKETING_DB.");
        }

        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new DomainException($"'{full}' is a folder, not a database file; give a file name.");
        }

        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            try
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is DirectoryInfo)
                {
                    throw new DomainException($"'{full}' links to a folder, not a database file; give a file name.");
                }
            }
            catch (IOException ex)
            {
                throw new DomainException($"'{full}' is a symbolic link that cannot be followed ({ex.Message}); give another file.", ex);
            }
        }

        if (info.Exists && info.Length == 0)
        {
            // A FIFO, /dev/null and other devices also report no length: none of them is a database.
            throw new DomainException($"'{full}' is empty or not a regular file, so it is not a CoMarketing database; nothing was written. Give another file, or delete it first.");
        }

        return full;
    }

    /// <summary>
    /// True when the file was made read-only: no write permission bit is set (even an administrator, who could write
    /// anyway, gets the read-only behaviour the owner asked for), or this user may not open it for writing.
    /// </summary>
    public static bool IsReadOnly(string path)
    {
        const UnixFileMode AnyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & AnyWrite) == 0)
        {
            return true;
        }

        if (OperatingSystem.IsWindows() && File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly))
        {
            return true;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }
}
