using System.Globalization;
using Xunit.Abstractions;

namespace CoMarketing.Cli.Tests.Fuzz;

/// <summary>
/// Mutated inputs over every parser through the real command line. In CI a short run (150 inputs); the long run is
/// <c>COMARKETING_FUZZ_INPUTS=10000 dotnet test tests/CoMarketing.Cli.Tests --filter Category=Fuzz</c> (README,
/// "Hostile input"), with <c>COMARKETING_FUZZ_SEED</c> to vary the inputs.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class FuzzRunTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Mutated_inputs_Should_Never_Crash_Hang_Or_Change_Data_On_Failure()
    {
        // Given
        var count = Setting("COMARKETING_FUZZ_INPUTS", 150);
        var seed = Setting("COMARKETING_FUZZ_SEED", 11);
        var mutator = new FuzzMutator(seed);
        var targets = Enum.GetValues<FuzzTarget>();
        using var harness = new FuzzHarness();
        var seeds = targets.ToDictionary(t => t, t => t == FuzzTarget.RestoreBackup ? harness.BackupSeed : FuzzSeeds.For(t));
        var outcomes = new List<FuzzOutcome>(count);

        // When
        for (var i = 0; i < count; i++)
        {
            var target = targets[i % targets.Length];
            var input = mutator.Mutate(seeds[target], target == FuzzTarget.MemberXlsx);
            outcomes.Add(await harness.Feed(target, input, string.Create(CultureInfo.InvariantCulture, $"#{i}")));
        }

        // Then
        var bad = outcomes.Where(o => o.Crashed || o.Hung || o.ChangedOnFailure || o.Silent).ToList();
        var perParser = string.Join(", ", outcomes.GroupBy(o => o.Target).Select(g => FormattableString.Invariant($"{g.Key} {g.Count()}")));
        var summary = FormattableString.Invariant(
            $"fuzz seed {seed}: {count} inputs, {outcomes.Count(o => o.ExitCode == 0)} accepted, {outcomes.Count(o => o.ExitCode == 1)} refused; {outcomes.Count(o => o.Crashed)} crashes, {outcomes.Count(o => o.Hung)} hangs, {outcomes.Count(o => o.ChangedOnFailure)} changes on failure, {outcomes.Count(o => o.Silent)} silent failures; per parser: {perParser}");
        output.WriteLine(summary);
        if (Environment.GetEnvironmentVariable("COMARKETING_FUZZ_REPORT") is { Length: > 0 } report)
        {
            await File.WriteAllLinesAsync(report, [summary, .. bad.Select(b => b.ToString())]);
        }

        bad.ShouldBeEmpty(string.Join(Environment.NewLine, bad.Take(10)));
        outcomes.Count(o => o.ExitCode == 1).ShouldBeGreaterThan(0);
    }

    private static int Setting(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
