namespace CoMarketing.Storage.Conversion;

/// <summary>
/// An exclusive lock file (<c>&lt;file&gt;.convert.lock</c>) so that two processes opening an SQLite file at the same
/// time convert it once: the second waits, then finds a LiteDB file.
/// </summary>
internal static class ConversionLock
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static IDisposable Acquire(string path)
    {
        var lockPath = path + ".convert.lock";
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (waited.Elapsed < Patience)
            {
                Thread.Sleep(50);
            }
        }
    }
}
