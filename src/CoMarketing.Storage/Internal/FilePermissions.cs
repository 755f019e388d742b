namespace CoMarketing.Storage.Internal;

/// <summary>Keeps the database and its companions readable by their owner only (mode 600; folders 700).</summary>
internal static class FilePermissions
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static void EnsureFolder(string filePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(filePath));
        if (string.IsNullOrEmpty(folder) || Directory.Exists(folder))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            // Every folder this creates is owner-only, not only the last one.
            var missing = new Stack<string>();
            for (var current = folder; !string.IsNullOrEmpty(current) && !Directory.Exists(current); current = Path.GetDirectoryName(current))
            {
                missing.Push(current);
            }

            while (missing.TryPop(out var next))
            {
                Directory.CreateDirectory(next, OwnerOnlyFolder);
            }
        }
    }

    /// <summary>Creates an empty file with owner-only rights, so SQLite's -wal and -shm inherit them.</summary>
    public static void CreateEmptyIfMissing(string path)
    {
        if (File.Exists(path))
        {
            return;
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        try
        {
            using var stream = new FileStream(path, options);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; fine.
        }
    }

    public static void RestrictToOwner(string databasePath)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var path in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            if (File.Exists(path) && (File.GetUnixFileMode(path) & ~OwnerOnlyFile) != 0)
            {
                File.SetUnixFileMode(path, OwnerOnlyFile);
            }
        }
    }
}
