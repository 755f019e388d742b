using System.Diagnostics;
using System.Globalization;
using CoMarketing.Benchmarks.Storage;
using CoMarketing.Core.Audit;
using CoMarketing.Storage;

namespace CoMarketing.Benchmarks.Robustness;

/// <summary>
/// The store's robustness figures as commands anyone can rerun (README "Where the data lives"):
/// <c>dotnet run -c Release --project tests/CoMarketing.Benchmarks -- robustness kill|writers|backup [N]</c>.
/// Each prints one line per round and a summary, and exits 1 when any round broke a guarantee.
/// </summary>
public static class Robustness
{
    public static int Run(string[] args) => args switch
    {
        ["kill", .. var rest] => KillDuringImports(Count(rest, 200)),
        ["writers", .. var rest] => TwoWriters(Count(rest, 500)),
        ["backup", .. var rest] => BackupDuringWrites(Count(rest, 20)),
        ["child-import", var path] => ChildImportForever(path),
        ["child-write", var path, var n, var tag] => ChildWrite(path, int.Parse(n, CultureInfo.InvariantCulture), tag),
        _ => Usage(),
    };

    /// <summary>kill -9 a process in the middle of 5 000-row imports; the count must be whole imports and check clean.</summary>
    private static int KillDuringImports(int rounds)
    {
        var path = NewPath();
        var random = new Random(20261201);
        var failures = 0;
        for (var round = 1; round <= rounds; round++)
        {
            var before = Store.Open(path, TimeProvider.System).Businesses.Count();
            using var child = Child("child-import", path);
            // Kill only once the child is inside an import: it prints a line as each one starts.
            child.StandardOutput.ReadLine();
            Thread.Sleep(random.Next(0, 1500));
            child.Kill();
            child.WaitForExit();
            var watch = Stopwatch.StartNew();
            var store = Store.Open(path, TimeProvider.System);
            var after = store.Businesses.Count();
            var problems = store.Check();
            var ok = after % 5000 == 0 && after >= before && problems.Count == 0;
            failures += ok ? 0 : 1;
            Console.WriteLine($"round {round}: before {before}, after kill {after}, reopened and checked in {watch.ElapsedMilliseconds} ms, {(ok ? "ok" : "BROKEN: " + string.Join("; ", problems))}");
            if (after >= 50_000)
            {
                path = NewPath();
            }
        }

        return Summary($"kill -9 during 5 000-row imports", rounds, failures);
    }

    /// <summary>Two processes writing <paramref name="changes"/> changes each; all must be present.</summary>
    private static int TwoWriters(int changes)
    {
        var path = NewPath();
        Store.Open(path, TimeProvider.System);
        var watch = Stopwatch.StartNew();
        using var first = Child("child-write", path, changes.ToString(CultureInfo.InvariantCulture), "A");
        using var second = Child("child-write", path, changes.ToString(CultureInfo.InvariantCulture), "B");
        first.WaitForExit();
        second.WaitForExit();
        var store = Store.Open(path, TimeProvider.System);
        var count = store.Businesses.Count();
        var audit = store.Audit.Count();
        var ok = count == 2 * changes && audit == 2 * changes && first.ExitCode == 0 && second.ExitCode == 0 && store.Check().Count == 0;
        Console.WriteLine($"two writers x {changes} changes in {watch.ElapsedMilliseconds} ms: {count} businesses, {audit} audit entries, exit codes {first.ExitCode}/{second.ExitCode}: {(ok ? "ok" : "BROKEN")}");
        return Summary("two writers", 1, ok ? 0 : 1);
    }

    /// <summary>Backups taken while another process writes; each must open and pass check.</summary>
    private static int BackupDuringWrites(int rounds)
    {
        var path = NewPath();
        Store.Open(path, TimeProvider.System);
        using var writer = Child("child-write", path, "1000000", "W");
        while (Store.Open(path, TimeProvider.System).Businesses.Count() == 0)
        {
            Thread.Sleep(50);
        }

        var failures = 0;
        for (var round = 1; round <= rounds; round++)
        {
            Thread.Sleep(100);
            var target = Path.Combine(Path.GetDirectoryName(path)!, $"backup-{round}.db");
            Store.Open(path, TimeProvider.System).Backup(target);
            var copy = Store.Open(target, TimeProvider.System);
            var problems = copy.Check();
            var count = copy.Businesses.Count();
            var ok = problems.Count == 0 && copy.Audit.Count() == count;
            failures += ok ? 0 : 1;
            Console.WriteLine($"backup {round}: {count} businesses, {(ok ? "opens and passes check" : "BROKEN: " + string.Join("; ", problems))}");
        }

        writer.Kill();
        writer.WaitForExit();
        return Summary("backups during writes", rounds, failures);
    }

    private static int ChildImportForever(string path)
    {
        var store = Store.Open(path, TimeProvider.System);
        for (var batch = 0; ; batch++)
        {
            Console.WriteLine($"importing batch {batch}");
            store.Businesses.AddRange(BenchData.Many($"{Environment.ProcessId}-{batch}", 5000), Actor.CommandLine);
        }
    }

    private static int ChildWrite(string path, int changes, string tag)
    {
        var store = Store.Open(path, TimeProvider.System);
        for (var i = 0; i < changes; i++)
        {
            store.Businesses.Add(BenchData.Business($"{tag} {i}", i), Actor.CommandLine);
        }

        return 0;
    }

    private static Process Child(params string[] args)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { UseShellExecute = false, RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Robustness).Assembly.Location);
        }

        start.ArgumentList.Add("robustness");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static string NewPath() => Path.Combine(Path.GetTempPath(), "comarketing-robustness", Guid.NewGuid().ToString("N"), "store.db");

    private static int Count(string[] rest, int fallback) => rest is [var n] ? int.Parse(n, CultureInfo.InvariantCulture) : fallback;

    private static int Summary(string what, int rounds, int failures)
    {
        Console.WriteLine($"{what}: {rounds - failures} of {rounds} rounds kept every guarantee");
        return failures == 0 ? 0 : 1;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: robustness kill [ROUNDS=200] | writers [CHANGES=500] | backup [ROUNDS=20]");
        return 2;
    }
}
