using System.Globalization;
using System.Text.Json;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Demo;
using CoMarketing.Storage;
using CoMarketing.Storage.Demo;

namespace CoMarketing.Cli.Tests.Commands;

/// <summary>
/// A name typed or pasted on the command line is read in the form names are stored in (NFC, invisible characters
/// removed, spaces collapsed), so a name copied from a web page or typed on a Mac finds its business or campaign.
/// </summary>
public sealed class NameLookupTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comarketing-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string _db;

    public NameLookupTests()
    {
        _db = Path.Combine(_folder, "demo.db");
        DemoInstaller.Install(Store.Open(_db, TimeProvider.System), DemoAssociation.Build(new DateOnly(2027, 3, 14)), replace: false, Actor.CommandLine, TimeProvider.System);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_Campaign_Name_With_A_Zero_Width_Space_And_Doubled_Spaces_Should_Find_The_Campaign()
    {
        var run = Run("campaign", "show", "revontulten\u200B  TALVI", "--json");

        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        JsonDocument.Parse(run.Out).RootElement.GetProperty("id").GetInt64().ShouldBe(2);
    }

    [Fact]
    public void A_Business_Name_In_Decomposed_Form_Should_Find_The_Business_For_Match()
    {
        // "Eräpuoti Kairankulma" typed with "a" + combining diaeresis, after a no-break space and with a zero-width space.
        var typed = "\u00A0Era\u0308puoti\u200B Kairankulma";

        var run = Run("match", typed, "--top", "1", "--json");

        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        run.Out.ShouldContain("Lohiopas Väänänen");
    }

    private CliRun Run(params string[] args) => CliRun.With(CultureInfo.InvariantCulture, [.. args, "--db", _db]);
}
