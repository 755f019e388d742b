using System.Globalization;
using CoMarketing.Storage;

namespace CoMarketing.Cli.Tests.Fuzz;

/// <summary>
/// Runs fuzz inputs through the real command line, in process, against one demo database: each input is written to a
/// file, read by its command, and judged by <see cref="FuzzOutcome"/>. "Changed" compares the audit log's length and
/// the counts of members and campaigns before and after (every write is audited in its own transaction).
/// </summary>
public sealed class FuzzHarness : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("comarketing-fuzz-").FullName;

    public FuzzHarness()
    {
        Database = Path.Combine(_folder, "fuzz.db");
        var demo = Run("demo", "--db", Database);
        if (demo.ExitCode != 0)
        {
            throw new InvalidOperationException($"demo failed: {demo.Error}");
        }

        var backup = Path.Combine(_folder, "seed-backup.db");
        var made = Run("backup", "-o", backup, "--db", Database);
        if (made.ExitCode != 0)
        {
            throw new InvalidOperationException($"backup failed: {made.Error}");
        }

        BackupSeed = File.ReadAllBytes(backup);
        File.Delete(backup);
    }

    /// <summary>A backup of the demo database, the valid starting point of <see cref="FuzzTarget.RestoreBackup"/>.</summary>
    public byte[] BackupSeed { get; }

    public string Database { get; }

    public static string Extension(FuzzTarget target) => target switch
    {
        FuzzTarget.MemberXlsx => ".xlsx",
        FuzzTarget.RestoreBackup => ".db",
        FuzzTarget.SplitJson or FuzzTarget.CampaignJson => ".json",
        _ => ".csv",
    };

    public async Task<FuzzOutcome> Feed(FuzzTarget target, byte[] content, string name)
    {
        var path = Path.Combine(_folder, $"input-{Guid.NewGuid():N}{Extension(target)}");
        await File.WriteAllBytesAsync(path, content);
        try
        {
            return await FeedFile(target, path, name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public async Task<FuzzOutcome> FeedFile(FuzzTarget target, string path, string name)
    {
        string[] args = target switch
        {
            FuzzTarget.SplitJson => ["split", "--input", path, "--json"],
            FuzzTarget.CampaignJson => ["campaign", "import", path, "--db", Database],
            FuzzTarget.MemberCsv or FuzzTarget.MemberXlsx => ["import", path, "--db", Database],
            FuzzTarget.RestoreBackup => ["restore", path, "--db", Database],
            _ => ["campaign", "budget", "--set", path, "--db", Database],
        };
        var before = Fingerprint();

        // The reasons are asserted in English; the demo association speaks Finnish.
        var run = Task.Run(() => Run([.. args, "--lang", "en"]));
        if (await Task.WhenAny(run, Task.Delay(Limit)) != run)
        {
            return new FuzzOutcome(target, name, -1, string.Empty, DataChanged: false, Finished: false);
        }

        var result = await run;
        if (target == FuzzTarget.RestoreBackup && result.ExitCode == 0)
        {
            // An accepted backup must not break the commands that read it afterwards.
            result = AfterRestore() ?? result;
            return new FuzzOutcome(target, name, result.ExitCode, result.Error, DataChanged: true, Finished: true);
        }

        return new FuzzOutcome(target, name, result.ExitCode, result.Error, Fingerprint() != before, Finished: true);
    }

    private (int ExitCode, string Error)? AfterRestore()
    {
        string[][] readers = [["check", "--db", Database], ["businesses", "--json", "--db", Database], ["campaign", "list", "--db", Database]];
        foreach (var reader in readers)
        {
            var read = Run(reader);
            if (read.ExitCode is not (0 or 1) || read.Error.Contains("Exception", StringComparison.Ordinal))
            {
                return (read.ExitCode, $"after the restore, '{string.Join(' ', reader[..^2])}': {read.Error}");
            }
        }

        return null;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (long Audit, int Members, int Campaigns) Fingerprint()
    {
        var store = Store.Open(Database, TimeProvider.System);
        return (store.Audit.Count(), store.Businesses.GetAll(includeArchived: true).Count, store.Campaigns.GetAll().Count);
    }

    private (int ExitCode, string Error) Run(params string[] args)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        var variables = new Dictionary<string, string> { ["HOME"] = _folder, ["XDG_DATA_HOME"] = Path.Combine(_folder, "data") };
        var environment = new CliEnvironment(output, error, name => variables.GetValueOrDefault(name), TimeProvider.System, new CultureInfo("fi-FI"));
        return (CliApplication.Run(args, environment), error.ToString());
    }
}
