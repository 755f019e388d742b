namespace CoMarketing.Storage.Tests.Infrastructure;

/// <summary>A temporary folder holding a real database file for one test; deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "comarketing-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Path1 = Path.Combine(Folder, "data", "comarketing.db");
    }

    public string Folder { get; }

    /// <summary>The database file (its folder does not exist until the store is opened).</summary>
    public string Path1 { get; }

    public FixedClock Clock { get; } = new(new DateTimeOffset(2027, 3, 14, 10, 30, 0, TimeSpan.Zero));

    public Store Open() => Store.Open(Path1, Clock);

    public string File(string name) => Path.Combine(Folder, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }
}
