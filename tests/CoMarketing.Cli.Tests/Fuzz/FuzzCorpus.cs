namespace CoMarketing.Cli.Tests.Fuzz;

/// <summary>The malformed files under <c>Fuzz/corpus/</c>, one folder per parser, copied next to the tests.</summary>
public static class FuzzCorpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fuzz", "corpus");

    public static FuzzTarget TargetOf(string folder) => folder switch
    {
        "json-split" => FuzzTarget.SplitJson,
        "json-campaign" => FuzzTarget.CampaignJson,
        "csv" => FuzzTarget.MemberCsv,
        "xlsx" => FuzzTarget.MemberXlsx,
        "budget" => FuzzTarget.BudgetCsv,
        "backup" => FuzzTarget.RestoreBackup,
        _ => throw new ArgumentException($"unknown corpus folder {folder}", nameof(folder)),
    };

    /// <summary>(folder, file name) of every corpus file.</summary>
    public static IEnumerable<(string Folder, string File)> Files()
        => Directory.EnumerateDirectories(Folder).OrderBy(d => d, StringComparer.Ordinal)
            .SelectMany(d => Directory.EnumerateFiles(d).OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path.GetFileName(d), Path.GetFileName(f))));

    public static byte[] Read(string folder, string file) => File.ReadAllBytes(Path.Combine(Folder, folder, file));
}
