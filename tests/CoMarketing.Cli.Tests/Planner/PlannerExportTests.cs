using System.Globalization;
using CoMarketing.Cli.Planner;
using CoMarketing.Cli.Tests.Commands;
using CoMarketing.Core.Association;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Demo;
using CoMarketing.Storage;
using CoMarketing.Storage.Demo;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Screens.Campaigns;

namespace CoMarketing.Cli.Tests.Planner;

public sealed class PlannerExportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comarketing-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string _db;
    private readonly Store _store;

    public PlannerExportTests()
    {
        _db = Path.Combine(_folder, "demo.db");
        _store = Store.Open(_db, TimeProvider.System);
        DemoInstaller.Install(_store, DemoAssociation.Build(new DateOnly(2027, 3, 14)), replace: false, Actor.CommandLine, TimeProvider.System);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    [InlineData("html")]
    [InlineData("md")]
    public void I_can_export_a_campaign_from_the_planner_and_get_the_same_file_as_the_command_line(string format)
    {
        // Given
        var service = new PlannerService(new StoreBackend(_store, TimeProvider.System), Session.Coordinator);
        var summary = CampaignFigures.Summarize(service, service.GetCampaign(2)!);
        var exporter = new StoreBackend(_store, TimeProvider.System).Exporter;
        var dialog = new ExportDialogModel(summary, exporter, Path.Combine(_folder, "vienti"), Language.Finnish, new FixedClock(new DateTimeOffset(2027, 3, 14, 9, 0, 0, TimeSpan.Zero)))
        {
            Format = format,
        };
        var progress = new List<double>();

        // When
        var written = dialog.Export(overwrite: false, new Progress(progress)).ShouldNotBeNull();
        var cli = Path.Combine(_folder, "cli." + format);
        Run("export", "2", "--format", format, "-o", cli).ExitCode.ShouldBe(ExitCodes.Success);

        // Then
        written.ShouldBe(Path.Combine(_folder, "vienti", $"Revontulten-talvi-2027-03-14.{format}"));
        progress.Last().ShouldBe(1.0);
        if (format == "xlsx")
        {
            new FileInfo(written).Length.ShouldBeGreaterThan(0);
        }
        else
        {
            File.ReadAllBytes(written).ShouldBe(File.ReadAllBytes(cli));
        }
    }

    [Fact]
    public void An_existing_file_should_not_be_overwritten_without_asking()
    {
        var service = new PlannerService(new StoreBackend(_store, TimeProvider.System), Session.Coordinator);
        var summary = CampaignFigures.Summarize(service, service.GetCampaign(1)!);
        var dialog = new ExportDialogModel(summary, new ReportsCampaignExporter(), _folder, Language.English, TimeProvider.System) { Format = "csv", FileName = "summary.csv" };
        File.WriteAllText(dialog.TargetPath, "keep me");

        dialog.NeedsOverwriteConfirmation.ShouldBeTrue();
        dialog.Export(overwrite: false).ShouldBeNull();
        File.ReadAllText(dialog.TargetPath).ShouldBe("keep me");
        dialog.Export(overwrite: true).ShouldBe(dialog.TargetPath);
        File.ReadAllText(dialog.TargetPath).ShouldContain("Kevään kaupunkipäivät");
    }

    private CliRun Run(params string[] args) => CliRun.With(CultureInfo.InvariantCulture, [.. args, "--db", _db]);

    private sealed class Progress(List<double> seen) : IProgress<double>
    {
        public void Report(double value) => seen.Add(value);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
